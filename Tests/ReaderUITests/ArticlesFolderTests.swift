import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// Where `byline` with no argument finds its articles.
@Suite struct ArticlesFolderTests {
    @Test func environmentVariableWins() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let found = ArticlesFolder.locate(environment: ["BYLINE_ARTICLES": "mine"], executablePath: "/nowhere/byline",
                                          currentDirectory: folder.url.path)
        #expect(found?.path == folder.path("mine"))
    }

    @Test func folderBesideThePackageOfTheExecutable() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        try folder.write("pkg/Package.swift", "// swift-tools-version: 6.0")
        try folder.write("pkg/Articles/a.txt", LibrarySamples.harbour)
        try folder.write("pkg/.build/debug/byline", "")
        let elsewhere = try TemporaryFolder(prefix: "byline-library")
        let found = ArticlesFolder.locate(environment: [:], executablePath: folder.path("pkg/.build/debug/byline"),
                                          currentDirectory: elsewhere.url.path)
        #expect(found?.resolvingSymlinksInPath().path == folder.url.appendingPathComponent("pkg/Articles").resolvingSymlinksInPath().path)
    }

    @Test func currentDirectoryArticlesAsALastResort() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        #expect(ArticlesFolder.locate(environment: [:], executablePath: "/nowhere/bin/byline",
                                      currentDirectory: folder.url.path) == nil)
        try folder.write("Articles/a.txt", LibrarySamples.orchard)
        let found = ArticlesFolder.locate(environment: [:], executablePath: "/nowhere/bin/byline",
                                          currentDirectory: folder.url.path)
        #expect(found?.path == folder.path("Articles"))
    }
}
