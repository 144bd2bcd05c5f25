// A small OKX trading bot. `dotnet build` on this project shows OkxSafety.Analyzers at work: the files named
// Legacy*.cs hold the mistakes each rule finds (OKX001-OKX005); the rest is the corrected bot and stays clean.
using OkxSafety.Sample;

if (!args.Contains("--trade"))
{
    Console.WriteLine("Build this project to see the OkxSafety.Analyzers findings.");
    Console.WriteLine("Run with --trade (and OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE set) to query the balance and place a demo order.");
    return;
}

var settings = OkxSettings.FromEnvironment();
using var client = new OkxRestClient(settings);
var usdt = await client.GetAvailableBalanceAsync("USDT");
Console.WriteLine($"Available USDT: {usdt}");
if (settings.UseDemo)
{
    var orderId = await client.PlaceLimitOrderAsync("BTC-USDT", "buy", "0.001", "10000");
    Console.WriteLine($"Placed demo order {orderId}");
}
