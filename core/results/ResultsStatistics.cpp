#include "ResultsStatistics.h"

#include "planning/SampleSize.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <utility>

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

namespace {

// The change from a test statistic whose two-sided p-value is pValueOf(|statistic|). A zero
// standard error means neither sample varies: the figures are then exactly what they are.
template<typename PValueOf>
ResultsStatistics::Change changeFrom(double difference, double standardError, double confidence,
                                     PValueOf pValueOf)
{
    ResultsStatistics::Change change;
    change.difference = difference;
    if (standardError > 0)
        change.pValue = std::clamp(pValueOf(std::abs(difference) / standardError), 0.0, 1.0);
    else
        change.pValue = difference == 0 ? 1.0 : 0.0;
    change.significant = change.pValue < 1 - confidence;
    return change;
}

double twoSidedNormalPValue(double absoluteZ)
{
    return 2
        * boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double>(), absoluteZ));
}

bool isCountOf(qint64 count, qint64 n)
{
    return count >= 0 && count <= n;
}

} // namespace

std::optional<ResultsStatistics::Change> ResultsStatistics::meanChange(double mean1, double sd1, qint64 n1,
                                                                       double mean2, double sd2, qint64 n2,
                                                                       double confidence)
{
    if (n1 < 2 || n2 < 2 || !(sd1 >= 0) || !(sd2 >= 0) || !SampleSize::isConfidenceLevel(confidence))
        return std::nullopt;
    const double variance1 = sd1 * sd1 / double(n1);
    const double variance2 = sd2 * sd2 / double(n2);
    const double varianceSum = variance1 + variance2;
    const double degreesOfFreedom = varianceSum * varianceSum
        / (variance1 * variance1 / double(n1 - 1) + variance2 * variance2 / double(n2 - 1));
    return changeFrom(mean2 - mean1, std::sqrt(varianceSum), confidence,
                      [degreesOfFreedom](double absoluteT) {
                          const boost::math::students_t_distribution<double> t(degreesOfFreedom);
                          return 2 * boost::math::cdf(boost::math::complement(t, absoluteT));
                      });
}

std::optional<ResultsStatistics::Change>
ResultsStatistics::shareChange(qint64 count1, qint64 n1, qint64 count2, qint64 n2, double confidence)
{
    if (n1 < 2 || n2 < 2 || !isCountOf(count1, n1) || !isCountOf(count2, n2)
        || !SampleSize::isConfidenceLevel(confidence))
        return std::nullopt;
    const double share1 = double(count1) / double(n1);
    const double share2 = double(count2) / double(n2);
    // Under "no change" both samples share one proportion, best estimated from both together.
    const double pooled = double(count1 + count2) / double(n1 + n2);
    const double standardError = std::sqrt(pooled * (1 - pooled) * (1 / double(n1) + 1 / double(n2)));
    auto change = changeFrom(share2 - share1, standardError, confidence, twoSidedNormalPValue);
    change.difference *= 100;
    return change;
}

std::optional<ResultsStatistics::Change> ResultsStatistics::npsChange(qint64 promoters1, qint64 detractors1,
                                                                      qint64 n1, qint64 promoters2,
                                                                      qint64 detractors2, qint64 n2,
                                                                      double confidence)
{
    if (n1 < 2 || n2 < 2 || !isCountOf(promoters1, n1) || !isCountOf(detractors1, n1 - promoters1)
        || !isCountOf(promoters2, n2) || !isCountOf(detractors2, n2 - promoters2)
        || !SampleSize::isConfidenceLevel(confidence))
        return std::nullopt;
    // Each NPS is the mean of +1 / 0 / -1 scores; its variance is pP + pD - (pP - pD)².
    const auto npsAndVariance = [](qint64 promoters, qint64 detractors, qint64 n) {
        const double pP = double(promoters) / double(n);
        const double pD = double(detractors) / double(n);
        return std::pair { pP - pD, std::max(0.0, pP + pD - (pP - pD) * (pP - pD)) / double(n) };
    };
    const auto [nps1, variance1] = npsAndVariance(promoters1, detractors1, n1);
    const auto [nps2, variance2] = npsAndVariance(promoters2, detractors2, n2);
    auto change = changeFrom(nps2 - nps1, std::sqrt(variance1 + variance2), confidence, twoSidedNormalPValue);
    change.difference *= 100;
    return change;
}
