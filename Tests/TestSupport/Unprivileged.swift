import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command as a user whom file permissions apply to, so tests of "permission denied" work
/// even when the suite runs as root (as CI does), where `chmod 000` denies nothing.
///
/// As root, the command is started through `setpriv` (or `runuser`) as `nobody`, which drops
/// root's capabilities; as any other user it runs unchanged, and `chmod` is enough.
public enum Unprivileged {
    /// The arguments to put before a command so that it runs unprivileged; nil when that is not
    /// possible here (root, with neither `setpriv` nor `runuser`, or no `nobody` user).
    public static let commandPrefix: [String]? = {
        guard geteuid() == 0 else { return [] }
        guard let user = getpwnam("nobody") else { return nil }
        let uid = user.pointee.pw_uid, gid = user.pointee.pw_gid
        if let setpriv = executable("setpriv") {
            return [setpriv, "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--"]
        }
        if let runuser = executable("runuser") {
            return [runuser, "-u", "nobody", "--"]
        }
        return nil
    }()

    /// Whether permission-denied tests can run here.
    public static var isAvailable: Bool { commandPrefix != nil }

    /// Why they cannot, for the skip message.
    public static let unavailableReason =
        "running as root without setpriv or runuser (or a nobody user): a file's permissions cannot deny root"

    /// Makes `path` readable by nobody but its owner (root, when the suite runs as root).
    public static func deny(_ path: String) {
        chmod(path, 0)
    }

    /// The first `name` on PATH (or in the sbin folders, where runuser lives).
    static func executable(_ name: String) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/sbin:/sbin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
