import Foundation

/// What the tests' child processes share: signals unblocked, and standard streams redirected.
enum SpawnSignals {
    /// File actions giving the child /dev/null for stdin and the files `output` and `errors`
    /// for stdout and stderr (opened before exec, so a child that switches user keeps them).
    /// The caller destroys them with `posix_spawn_file_actions_destroy`.
    static func redirectedStreams(output: String, errors: String) -> posix_spawn_file_actions_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        return actions
    }

    /// Spawn attributes for a child that starts with no signals blocked and every handler at
    /// its default, whatever the spawning test thread has blocked.
    /// The caller destroys them with `posix_spawnattr_destroy`.
    static func cleanAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }
}
