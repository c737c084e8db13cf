#include "ResultsStatistics.h"

#include "planning/SampleSize.h"

#include <cmath>

std::optional<double> ResultsStatistics::meanMargin(double sd, qint64 n, double confidence)
{
    if (n < 2)
        return std::nullopt;
    return SampleSize::meanMargin(sd, n, confidence);
}

std::optional<ResultsStatistics::Interval> ResultsStatistics::wilson(qint64 count, qint64 n,
                                                                     double confidence)
{
    const auto z = SampleSize::zValue(confidence);
    if (n < 1 || !z || count < 0 || count > n)
        return std::nullopt;
    const double p = double(count) / double(n);
    const double z2 = *z * *z;
    const double denominator = 1 + z2 / double(n);
    const double centre = (p + z2 / (2 * double(n))) / denominator;
    const double half
        = *z / denominator * std::sqrt(p * (1 - p) / double(n) + z2 / (4 * double(n) * double(n)));
    return Interval { std::max(0.0, centre - half) * 100, std::min(1.0, centre + half) * 100 };
}

std::optional<double> ResultsStatistics::nps(qint64 promoters, qint64 detractors, qint64 n)
{
    if (n < 1)
        return std::nullopt;
    return 100.0 * double(promoters - detractors) / double(n);
}

std::optional<double> ResultsStatistics::npsMargin(qint64 promoters, qint64 detractors, qint64 n,
                                                   double confidence)
{
    const auto z = SampleSize::zValue(confidence);
    if (n < 1 || !z)
        return std::nullopt;
    const double pP = double(promoters) / double(n);
    const double pD = double(detractors) / double(n);
    const double variance = std::max(0.0, pP + pD - (pP - pD) * (pP - pD));
    return 100.0 * *z * std::sqrt(variance / double(n));
}
