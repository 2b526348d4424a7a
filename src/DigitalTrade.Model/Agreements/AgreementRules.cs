using System.Collections.Immutable;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Model.Agreements;

/// <summary>
/// How an agreement binds an importer towards each partner once it covers the pair (DESIGN §5.6):
/// the tariff schedule binds goods and parcel tariffs; each disciplined measure is bound at the
/// importer's level when coverage starts, less the provisions' depth; customs duties are bound at
/// zero. Paperless-trading and payment provisions with depth also raise adoption and link payments.
/// </summary>
public static class AgreementRules
{
    /// <summary>
    /// The partners whose coverage by the agreement starts at the round for the importer; at round 0,
    /// every partner covered at or before it.
    /// </summary>
    public static IEnumerable<(string Partner, int Start)> StartingPartners(AgreementDefinition agreement, string importer, int round)
    {
        if (agreement.Kind == AgreementKind.Mou || agreement.JoinRound(importer) is null)
        {
            yield break; // an MoU binds nobody
        }

        foreach (var member in agreement.Members)
        {
            if (agreement.PairStart(importer, member.Iso3) is { } start && (round == 0 ? start <= 0 : start == round))
            {
                yield return (member.Iso3, start);
            }
        }
    }

    /// <summary>The importer after the agreement binds it towards the partners whose coverage starts at the round.</summary>
    public static CountryState Open(CountryState importer, AgreementDefinition agreement, int round)
    {
        var starting = StartingPartners(agreement, importer.Iso3, round).ToList();
        if (starting.Count == 0)
        {
            return importer;
        }

        var bindings = importer.Policy.Bindings.ToBuilder();
        foreach (var (partner, start) in starting)
        {
            bindings.AddRange(Bindings(importer.Policy, agreement, partner, start));
        }

        var digital = importer.Digital;
        var paperless = agreement.Provisions.FirstOrDefault(p => p.Name == ProvisionCatalog.PaperlessTrading);
        if (paperless is { Depth: > 0.0 })
        {
            digital = digital with { Paperless = Math.Max(digital.Paperless, paperless.Depth) };
        }

        if (agreement.Provisions.Any(p => p.Name == ProvisionCatalog.Payments && p.Depth > 0.0))
        {
            digital = digital with
            {
                PaymentPartners = [.. digital.PaymentPartners.Union(starting.Select(s => s.Partner)).Order(StringComparer.Ordinal)],
            };
        }

        return importer with
        {
            Policy = importer.Policy with { Bindings = [.. Canonical(bindings)] },
            Digital = digital,
        };
    }

    /// <summary>The importer's bindings towards one partner under the agreement.</summary>
    public static IEnumerable<Binding> Bindings(PolicyState importer, AgreementDefinition agreement, string partner, int start)
    {
        var tariffs = agreement.Provisions.FirstOrDefault(p => p.Name == ProvisionCatalog.GoodsTariffs);
        if (tariffs is not null && agreement.TariffEliminationShare > 0.0)
        {
            var schedule = new TariffSchedule(agreement.TariffEliminationShare, start, agreement.TariffPhaseInRounds);
            foreach (var measure in (Measure[])[Measure.GoodsTariff, Measure.ParcelTariff])
            {
                yield return new Binding(
                    agreement.Id, partner, measure, [tariffs.Name], importer.Level(measure), 0.0, schedule,
                    tariffs.DisputeSettlement, false, BindingStatus.Active);
            }
        }

        var byMeasure = agreement.Provisions
            .Where(p => p.Name != ProvisionCatalog.GoodsTariffs)
            .GroupBy(p => ProvisionCatalog.Discipline(p.Name).Measure)
            .OrderBy(g => g.Key);
        foreach (var group in byMeasure)
        {
            var measure = group.Key;
            var duty = measure == Measure.ElectronicDuty;
            var reduction = duty ? 0.0 : Math.Min(1.0, group.Sum(p => ProvisionCatalog.Discipline(p.Name).Share * p.Depth));
            yield return new Binding(
                agreement.Id, partner, measure, [.. group.Select(p => p.Name)],
                duty ? 0.0 : importer.Level(measure), reduction, null,
                group.Any(p => p.DisputeSettlement), group.Any(p => p.LapsesWithMoratorium), BindingStatus.Active);
        }
    }

    /// <summary>Bindings in their canonical order: agreement, partner, measure (stable for equal keys).</summary>
    public static IEnumerable<Binding> Canonical(IEnumerable<Binding> bindings) =>
        bindings.OrderBy(b => b.Agreement, StringComparer.Ordinal).ThenBy(b => b.Partner, StringComparer.Ordinal).ThenBy(b => b.Measure);

    /// <summary>The agreements with an accession applied.</summary>
    public static ImmutableArray<AgreementDefinition> Join(ImmutableArray<AgreementDefinition> agreements, string id, string iso3, int round) =>
        [.. agreements.Select(a => a.Id == id ? a.Join(iso3, round) : a)];
}
