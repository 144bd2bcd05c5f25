using System.Reflection;
using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.Tests.Package;

namespace OkxSafety.Analyzers.Tests;

public sealed class DescriptorsTests
{
    private static readonly DiagnosticDescriptor[] All = typeof(Descriptors)
        .GetFields(BindingFlags.Static | BindingFlags.Public)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void There_is_one_descriptor_per_rule()
    {
        Assert.Equal(new[] { "OKX001", "OKX002", "OKX003", "OKX004", "OKX005", "OKX006" }, All.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void Every_descriptor_is_complete_and_links_to_its_page()
    {
        foreach (var descriptor in All)
        {
            Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Contains(descriptor.Category, new[] { "Security", "Reliability" });
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(PackedPackage.RepositoryRoot, "docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing");
        }
    }

    [Fact]
    public void Hardcoded_credentials_are_a_security_finding_and_the_rest_reliability()
    {
        Assert.Equal("Security", Descriptors.HardcodedCredential.Category);
        Assert.All(All.Where(d => d.Id != Descriptors.HardcodedCredentialId), d => Assert.Equal("Reliability", d.Category));
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_files()
    {
        var releases = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "AnalyzerReleases.Shipped.md"));
        Assert.All(All, d => Assert.Contains(d.Id + " | " + d.Category + " | Warning", releases));
    }
}
