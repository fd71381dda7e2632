/// Joins the people found in separately analysed sections into one list.
///
/// The same person found in two sections is one person: by the same name, or, when a later
/// section only knew them by surname ("Okafor"), by the one full name that ends in it
/// ("Grace Okafor"). A surname shared by two full names stays apart: guessing would merge people.
enum SectionPeopleMerger {
    /// The merged people, and the renames that quotes' speakers must follow.
    struct Result {
        var people: [Person]
        /// Old name → the name of the person it was merged into.
        var renamed: [String: String]
    }

    /// Merges people lists, earlier sections first.
    static func merge(_ sections: [[Person]]) -> Result {
        var people: [Person] = []
        var position: [String: Int] = [:]
        for section in sections {
            for person in section {
                if let index = position[person.name] {
                    // Sections come in text order, so appending keeps mentions sorted.
                    absorb(person, into: &people[index], sorting: false)
                } else {
                    position[person.name] = people.count
                    people.append(person)
                }
            }
        }
        // Full names by their last word, for surname-only people.
        var fullNamesBySurname: [Substring: [Int]] = [:]
        for (index, person) in people.enumerated() {
            let words = person.name.split(separator: " ")
            if words.count > 1, let last = words.last { fullNamesBySurname[last, default: []].append(index) }
        }
        var renamed: [String: String] = [:]
        var absorbed = Set<Int>()
        for (index, person) in people.enumerated() where !person.name.contains(" ") {
            guard let owners = fullNamesBySurname[Substring(person.name)], owners.count == 1,
                  let owner = owners.first else { continue }
            absorb(person, into: &people[owner], sorting: true)
            renamed[person.name] = people[owner].name
            absorbed.insert(index)
        }
        let kept = people.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
        return Result(people: kept, renamed: renamed)
    }

    /// Adds `other`'s mentions, aliases and facts to `person`.
    private static func absorb(_ other: Person, into person: inout Person, sorting: Bool) {
        person.mentions += other.mentions
        if sorting { person.mentions.sort() }
        for alias in [other.name] + other.aliases where alias != person.name && !person.aliases.contains(alias) {
            person.aliases.append(alias)
        }
        person.role = person.role ?? other.role
        person.gender = person.gender ?? other.gender
        person.boilerplateOnly = person.boilerplateOnly && other.boilerplateOnly
    }
}
