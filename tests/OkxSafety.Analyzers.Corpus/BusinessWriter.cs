using System;
using System.Text;

namespace OkxSafety.Analyzers.Corpus;

/// <summary>
/// Writes one file of ordinary business code: records, services with LINQ, HttpClient calls to other hosts, JSON.
/// None of okx, okex, ok-access- or /api/v5/ appears (the corpus tests check it).
/// </summary>
internal sealed class BusinessWriter
{
    private static readonly string[] Areas = { "Sales", "Inventory", "Shipping", "Billing", "Catalog", "Support", "Payroll", "Reporting" };
    private static readonly string[] Entities = { "Invoice", "Shipment", "Ticket", "Product", "Supplier", "Employee", "Voucher", "Parcel" };
    private static readonly string[] Hosts =
    {
        "https://rates.parcel-partner.test/v2/quotes",
        "https://api.weather-feed.test/v1/forecast",
        "https://billing.example-payments.test/v3/charges",
        "https://geo.address-lookup.test/v1/resolve",
    };

    private readonly Random _random;
    private readonly int _index;
    private readonly StringBuilder _text = new();
    private int _classes;

    public BusinessWriter(Random random, int index)
    {
        _random = random;
        _index = index;
    }

    public CorpusFile File(int approximateLines)
    {
        var area = Areas[_random.Next(Areas.Length)];
        _text.Append(Header);
        _text.Append("namespace Corpus.Business.").Append(area).Append(_index.ToString("D3")).Append(";\n\n");
        _text.Append(SharedTypes);
        while (OkxCorpus.CountLines(_text.ToString()) < approximateLines)
        {
            switch (_random.Next(6))
            {
                case 0:
                    OrderService();
                    break;
                case 1:
                    InventoryService();
                    break;
                case 2:
                    PartnerClient();
                    break;
                case 3:
                    ReportExporter();
                    break;
                case 4:
                    PricingRules();
                    break;
                default:
                    WorkQueue();
                    break;
            }
        }

        return new CorpusFile($"Business/{area}/{area}{_index:D3}.cs", _text.ToString());
    }

    private string NextName(string stem) => Entities[_random.Next(Entities.Length)] + stem + (++_classes).ToString("D2");

    private void OrderService()
    {
        var name = NextName("OrderService");
        var threshold = _random.Next(50, 500);
        _text.Append($$"""
            /// <summary>Queries over sales orders held in memory.</summary>
            public sealed class {{name}}
            {
                private readonly List<SalesOrder> _orders = new();
                private readonly Dictionary<int, Customer> _customers = new();

                public void Add(Customer customer, SalesOrder order)
                {
                    _customers[customer.Id] = customer;
                    _orders.Add(order);
                }

                public decimal TotalFor(int customerId) =>
                    _orders.Where(order => order.CustomerId == customerId).Sum(order => order.Lines.Sum(line => line.Quantity * line.UnitPrice));

                public IReadOnlyList<(string Sku, int Quantity)> TopProducts(int count) =>
                    _orders
                        .SelectMany(order => order.Lines)
                        .GroupBy(line => line.Sku)
                        .Select(group => (group.Key, group.Sum(line => line.Quantity)))
                        .OrderByDescending(pair => pair.Item2)
                        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                        .Take(count)
                        .ToList();

                public IEnumerable<Customer> LargeCustomers()
                {
                    foreach (var group in _orders.GroupBy(order => order.CustomerId))
                    {
                        var total = group.Sum(order => order.Lines.Sum(line => line.Quantity * line.UnitPrice));
                        if (total > {{threshold}}m && _customers.TryGetValue(group.Key, out var customer))
                        {
                            yield return customer;
                        }
                    }
                }

                public Dictionary<string, decimal> RevenueByCountry() =>
                    _orders
                        .Join(_customers.Values, order => order.CustomerId, customer => customer.Id, (order, customer) => (customer.Country, Order: order))
                        .GroupBy(pair => pair.Country)
                        .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Order.Lines.Sum(line => line.Quantity * line.UnitPrice)));

                public SalesOrder? LatestFor(int customerId) =>
                    _orders.Where(order => order.CustomerId == customerId).OrderByDescending(order => order.PlacedAt).FirstOrDefault();

                public string Describe(SalesOrder order)
                {
                    var builder = new StringBuilder();
                    builder.Append("Order ").Append(order.Number).Append(" placed ").AppendLine(order.PlacedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    foreach (var line in order.Lines)
                    {
                        builder.Append("  ").Append(line.Sku).Append(" x").Append(line.Quantity).Append(" @ ").AppendLine(line.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture));
                    }

                    return builder.ToString();
                }
            }


            """);
    }

    private void InventoryService()
    {
        var name = NextName("Stock");
        _text.Append($$"""
            /// <summary>Stock levels with reservations.</summary>
            public sealed class {{name}}
            {
                private readonly Dictionary<string, int> _onHand = new(StringComparer.OrdinalIgnoreCase);
                private readonly Dictionary<string, int> _reserved = new(StringComparer.OrdinalIgnoreCase);
                private readonly object _gate = new();

                public void Receive(string sku, int quantity)
                {
                    if (quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "quantity must be positive");
                    }

                    lock (_gate)
                    {
                        _onHand[sku] = Available(sku) + quantity + Reserved(sku);
                    }
                }

                public bool TryReserve(string sku, int quantity)
                {
                    lock (_gate)
                    {
                        if (Available(sku) < quantity)
                        {
                            return false;
                        }

                        _reserved[sku] = Reserved(sku) + quantity;
                        return true;
                    }
                }

                public void Release(string sku, int quantity)
                {
                    lock (_gate)
                    {
                        _reserved[sku] = Math.Max(0, Reserved(sku) - quantity);
                    }
                }

                public int Available(string sku) => (_onHand.TryGetValue(sku, out var onHand) ? onHand : 0) - Reserved(sku);

                private int Reserved(string sku) => _reserved.TryGetValue(sku, out var reserved) ? reserved : 0;

                public IReadOnlyList<string> LowStock(int threshold) =>
                    _onHand.Keys.Where(sku => Available(sku) < threshold).OrderBy(sku => sku, StringComparer.Ordinal).ToArray();

                public StockLevel Snapshot(string sku) => new(sku, Available(sku), Reserved(sku), DateTimeOffset.UtcNow);
            }


            """);
    }

    private void PartnerClient()
    {
        var name = NextName("PartnerClient");
        var host = Hosts[_random.Next(Hosts.Length)];
        _text.Append($$"""
            /// <summary>Calls a partner's HTTP API with a bearer token.</summary>
            public sealed class {{name}}
            {
                private readonly HttpClient _http;
                private readonly string _token;

                public {{name}}(HttpClient http)
                {
                    _http = http;
                    _token = (Environment.GetEnvironmentVariable("PARTNER_TOKEN") ?? string.Empty).Trim();
                    _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    _http.DefaultRequestHeaders.Add("X-Client-Version", "2.4");
                }

                public async Task<IReadOnlyList<PartnerQuote>> GetQuotesAsync(string reference, CancellationToken cancellationToken = default)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "{{host}}?ref=" + Uri.EscapeDataString(reference));
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                    request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString("N"));
                    using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    using var document = JsonDocument.Parse(json);
                    var root = document.RootElement;
                    if (root.GetProperty("status").GetString() != "ok")
                    {
                        throw new InvalidOperationException("partner error: " + root.GetProperty("message").GetString());
                    }

                    var quotes = new List<PartnerQuote>();
                    foreach (var item in root.GetProperty("items").EnumerateArray())
                    {
                        quotes.Add(new PartnerQuote(
                            item.GetProperty("id").GetString() ?? string.Empty,
                            item.GetProperty("amount").GetDecimal(),
                            item.GetProperty("currency").GetString() ?? "EUR"));
                    }

                    return quotes;
                }

                public async Task<PartnerQuote?> CheapestAsync(string reference, CancellationToken cancellationToken = default)
                {
                    var quotes = await GetQuotesAsync(reference, cancellationToken).ConfigureAwait(false);
                    return quotes.OrderBy(quote => quote.Amount).FirstOrDefault();
                }

                public async Task<bool> PostAsync(PartnerQuote quote, CancellationToken cancellationToken = default)
                {
                    var body = JsonSerializer.Serialize(quote);
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await _http.PostAsync("{{host}}", content, cancellationToken).ConfigureAwait(false);
                    return response.IsSuccessStatusCode;
                }
            }


            """);
    }

    private void ReportExporter()
    {
        var name = NextName("Report");
        var separator = _random.Next(2) == 0 ? "," : ";";
        _text.Append($$"""
            /// <summary>Exports summaries as JSON and CSV.</summary>
            public sealed class {{name}}
            {
                private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

                public string ToJson(IEnumerable<ReportRow> rows) => JsonSerializer.Serialize(rows.ToList(), Options);

                public IReadOnlyList<ReportRow> FromJson(string json) => JsonSerializer.Deserialize<List<ReportRow>>(json, Options) ?? new List<ReportRow>();

                public string ToCsv(IEnumerable<ReportRow> rows)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine("name{{separator}}count{{separator}}total");
                    foreach (var row in rows.OrderBy(row => row.Name, StringComparer.Ordinal))
                    {
                        builder.Append(Escape(row.Name)).Append("{{separator}}")
                            .Append(row.Count.ToString(CultureInfo.InvariantCulture)).Append("{{separator}}")
                            .AppendLine(row.Total.ToString("0.00", CultureInfo.InvariantCulture));
                    }

                    return builder.ToString();
                }

                public async Task SaveAsync(string path, IEnumerable<ReportRow> rows, CancellationToken cancellationToken = default)
                {
                    var directory = Path.GetDirectoryName(path);
                    if (!string.IsNullOrEmpty(directory))
                    {
                        Directory.CreateDirectory(directory);
                    }

                    await File.WriteAllTextAsync(path, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ToCsv(rows) : ToJson(rows), cancellationToken).ConfigureAwait(false);
                }

                private static string Escape(string value) =>
                    value.IndexOfAny(new[] { '{{separator}}', '"', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
            }


            """);
    }

    private void PricingRules()
    {
        var name = NextName("Pricing");
        var discount = _random.Next(5, 30);
        _text.Append($$"""
            /// <summary>Price rules by customer tier and volume.</summary>
            public static class {{name}}
            {
                public static decimal Discount(CustomerTier tier, int quantity) => (tier, quantity) switch
                {
                    (CustomerTier.Gold, >= 100) => 0.{{discount}}m,
                    (CustomerTier.Gold, _) => 0.10m,
                    (CustomerTier.Silver, >= 100) => 0.08m,
                    (CustomerTier.Silver, _) => 0.05m,
                    (_, >= 500) => 0.04m,
                    _ => 0m,
                };

                public static decimal Price(decimal listPrice, CustomerTier tier, int quantity)
                {
                    if (listPrice < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(listPrice));
                    }

                    var price = listPrice * quantity * (1 - Discount(tier, quantity));
                    return Math.Round(price, 2, MidpointRounding.ToEven);
                }

                public static string Format(decimal amount, string currency) => currency switch
                {
                    "EUR" => amount.ToString("0.00", CultureInfo.InvariantCulture) + " EUR",
                    "USD" => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture),
                    _ => amount.ToString(CultureInfo.InvariantCulture) + " " + currency,
                };

                public static IEnumerable<string> Validate(Customer customer)
                {
                    if (string.IsNullOrWhiteSpace(customer.Name))
                    {
                        yield return "name is required";
                    }

                    if (customer.Country.Length != 2)
                    {
                        yield return "country must be a two-letter code";
                    }

                    if (!customer.Email.Contains('@'))
                    {
                        yield return "email looks wrong";
                    }
                }
            }


            """);
    }

    private void WorkQueue()
    {
        var name = NextName("Worker");
        var attempts = _random.Next(2, 6);
        _text.Append($$"""
            /// <summary>A bounded queue of work items with retries.</summary>
            public sealed class {{name}}
            {
                private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(100);
                private int _processed;

                public int Processed => Volatile.Read(ref _processed);

                public ValueTask EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default) => _channel.Writer.WriteAsync(item, cancellationToken);

                public void Complete() => _channel.Writer.TryComplete();

                public async Task RunAsync(Func<WorkItem, CancellationToken, Task> handler, CancellationToken cancellationToken)
                {
                    await foreach (var item in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await WithRetryAsync(() => handler(item, cancellationToken), cancellationToken).ConfigureAwait(false);
                        Interlocked.Increment(ref _processed);
                    }
                }

                private static async Task WithRetryAsync(Func<Task> action, CancellationToken cancellationToken)
                {
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            await action().ConfigureAwait(false);
                            return;
                        }
                        catch (IOException) when (attempt < {{attempts}})
                        {
                            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }


            """);
    }

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;


        """;

    private const string SharedTypes = """
        public enum CustomerTier
        {
            Standard,
            Silver,
            Gold,
        }

        public sealed record Customer(int Id, string Name, string Email, string Country, CustomerTier Tier);

        public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

        public sealed record SalesOrder(string Number, int CustomerId, DateTimeOffset PlacedAt, IReadOnlyList<OrderLine> Lines);

        public sealed record StockLevel(string Sku, int Available, int Reserved, DateTimeOffset At);

        public sealed record PartnerQuote(string Id, decimal Amount, string Currency);

        public sealed record ReportRow(string Name, int Count, decimal Total);

        public sealed record WorkItem(Guid Id, string Kind, string Payload);


        """;
}
