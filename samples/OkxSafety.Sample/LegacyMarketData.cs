using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OkxSafety.Sample;

/// <summary>
/// The bot's first market-data reader, kept for the demo: it trusts HTTP 200 and never looks at OKX's 'code', so an
/// unknown instrument (51001) or a rate limit (50011) is read as if it were a price. OKX005 flags both reads.
/// </summary>
public static class LegacyMarketData
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://www.okx.com") };

    /// <summary>Last traded price of an instrument.</summary>
    public static async Task<decimal> GetLastPriceAsync(string instrument)
    {
        using var response = await Http.GetAsync("/api/v5/market/ticker?instId=" + instrument);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // OKX005: only the HTTP status was checked; 'code' is never compared with "0".
        var ticker = document.RootElement.GetProperty("data")[0];
        return decimal.Parse(ticker.GetProperty("last").GetString() ?? "0", CultureInfo.InvariantCulture);
    }

    /// <summary>Best bid and ask from the order book.</summary>
    public static async Task<(string Bid, string Ask)> GetBestQuoteAsync(string instrument)
    {
        var book = await Http.GetFromJsonAsync<OkxEnvelope<OrderBook>>("/api/v5/market/books?sz=1&instId=" + instrument);

        // OKX005: "200" is HTTP's success, not OKX's; OKX success is "0".
        if (book is null || book.Code != "200")
        {
            throw new InvalidOperationException($"OKX error {book?.Code}: {book?.Msg}");
        }

        var level = book.Data[0];
        return (level.Bids[0][0], level.Asks[0][0]);
    }

    public sealed class OkxEnvelope<T>
    {
        public string Code { get; set; } = "";

        public string Msg { get; set; } = "";

        public List<T> Data { get; set; } = new();
    }

    public sealed class OrderBook
    {
        public List<List<string>> Bids { get; set; } = new();

        public List<List<string>> Asks { get; set; } = new();
    }
}
