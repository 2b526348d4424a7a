using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DigitalTrade.Benchmarks.TradeCoreBenchmarks).Assembly).Run(args);
