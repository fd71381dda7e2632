/// Short invented articles for library tests.
enum LibrarySamples {
    static let harbour = """
        Harbour crane contract signed after long talks

        PORTSMOUTH – Mayor Ellen Varga signed the crane contract on Friday.

        “This secures two hundred jobs,” Varga said.

        Union leader Tobias Reinholt welcomed the deal. “We waited a long time,” Reinholt said.
        """
    static let orchard = """
        Orchard growers count the cost of late frost

        KELOWNA – Growers lost half the cherry crop, said farmer Nadia Okonkwo.

        “The blossoms simply turned brown overnight,” Okonkwo said.
        """
    static let plain = "Just a note without a headline or anyone in it, really nothing more here at all.\n"
}
