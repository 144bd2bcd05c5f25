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
        Assert.Equal(new[] { "OKX000", "OKX001", "OKX002", "OKX003", "OKX004", "OKX005", "OKX006", "OKX007" }, All.Select(d => d.Id).Distinct().OrderBy(id => id));
    }

    [Fact]
    public void Only_OKX001_has_a_variant_and_it_shares_the_rule_s_category_and_page()
    {
        var variants = All.GroupBy(d => d.Id).Where(g => g.Count() > 1).ToList();
        var okx001 = Assert.Single(variants);
        Assert.Equal(Descriptors.HardcodedCredentialId, okx001.Key);
        Assert.Equal(2, okx001.Count());
        Assert.Contains(Descriptors.HardcodedCredential, okx001);
        Assert.Contains(Descriptors.CommittedConfigurationCredential, okx001);
        Assert.All(okx001, d => Assert.Equal(Descriptors.HardcodedCredential.Category, d.Category));
        Assert.All(okx001, d => Assert.Equal(Descriptors.HardcodedCredential.HelpLinkUri, d.HelpLinkUri));
    }

    [Fact]
    public void Every_descriptor_is_complete_and_links_to_its_page()
    {
        foreach (var descriptor in All)
        {
            Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal("OkxSafety", descriptor.Category);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(PackedPackage.RepositoryRoot, "docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing");
        }
    }

    [Fact]
    public void Every_diagnostic_has_the_category_no_other_analyzer_uses()
    {
        // dotnet_analyzer_diagnostic.category-OkxSafety.severity (and the presets) must reach every rule and nothing else.
        Assert.All(All, d => Assert.Equal(Descriptors.Category, d.Category));
        Assert.DoesNotContain(Descriptors.Category, new[] { "Security", "Reliability", "Usage", "Design", "Performance", "Style", "Naming", "Maintainability", "Interoperability", "Globalization", "Documentation" });
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_files()
    {
        var releases = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "AnalyzerReleases.Shipped.md"));
        Assert.All(All, d => Assert.Contains(d.Id + " | " + d.Category + " | Warning", releases));
    }
}
