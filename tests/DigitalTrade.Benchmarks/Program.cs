using BenchmarkDotNet.Running;

// --api: the HTTP latency load generator (ApiLatencyBenchmark); otherwise BenchmarkDotNet's switcher.
if (args is ["--api", .. var apiArgs])
{
    return await DigitalTrade.Benchmarks.ApiLatencyBenchmark.RunAsync(apiArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(DigitalTrade.Benchmarks.TradeCoreBenchmarks).Assembly).Run(args);
return 0;
