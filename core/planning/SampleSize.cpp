#include "SampleSize.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace {

// Above this many visits a request is surely a mistake (a target margin of 1e-9), and qint64
// arithmetic on it would not be safe.
constexpr double maximumSize = 1e12;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// The upper quantile of a two-sided interval: 0.95 -> 0.975.
double upperProbability(double confidence)
{
    return 1.0 - (1.0 - confidence) / 2.0;
}

} // namespace

bool SampleSize::isConfidenceLevel(double confidence)
{
    return std::any_of(confidenceLevels.begin(), confidenceLevels.end(),
                       [confidence](double level) { return std::abs(confidence - level) < 1e-9; });
}

std::optional<double> SampleSize::zValue(double confidence, QString* error)
{
    if (!isConfidenceLevel(confidence)) {
        fail(error,
             tr("The confidence level must be 90 %, 95 % or 99 %, not %1.").arg(number(confidence * 100.0)));
        return std::nullopt;
    }
    return boost::math::quantile(boost::math::normal_distribution<double>(), upperProbability(confidence));
}

std::optional<double> SampleSize::tValue(double confidence, qint64 degreesOfFreedom, QString* error)
{
    if (!isConfidenceLevel(confidence)) {
        fail(error,
             tr("The confidence level must be 90 %, 95 % or 99 %, not %1.").arg(number(confidence * 100.0)));
        return std::nullopt;
    }
    if (degreesOfFreedom < 1) {
        fail(error, tr("Student's t needs at least 1 degree of freedom, not %1.").arg(degreesOfFreedom));
        return std::nullopt;
    }
    const boost::math::students_t_distribution<double> t(static_cast<double>(degreesOfFreedom));
    return boost::math::quantile(t, upperProbability(confidence));
}

std::optional<double> SampleSize::meanCriticalValue(double confidence, qint64 n, QString* error)
{
    return meanUsesStudentT(n) ? tValue(confidence, n - 1, error) : zValue(confidence, error);
}

double SampleSize::finitePopulationCorrection(qint64 n, std::optional<qint64> population)
{
    if (!population)
        return 1.0;
    if (n >= *population)
        return 0.0; // a census: every unit was visited (also avoids 0 / 0 when N = 1)
    return std::sqrt(static_cast<double>(*population - n) / static_cast<double>(*population - 1));
}

namespace {

// The checks the margin functions share: the sample fits the population.
bool validSample(qint64 n, qint64 minimum, std::optional<qint64> population, QString* error)
{
    if (n < minimum)
        return fail(error,
                    minimum == 1
                        ? SampleSize::tr("The number of visits must be at least 1, not %1.").arg(n)
                        : SampleSize::tr("A mean needs at least %1 visits, not %2.").arg(minimum).arg(n));
    if (population && *population < 1)
        return fail(error, SampleSize::tr("The population must be at least 1, not %1.").arg(*population));
    if (population && n > *population)
        return fail(error,
                    SampleSize::tr("The number of visits (%1) cannot exceed the population (%2).")
                        .arg(n)
                        .arg(*population));
    return true;
}

bool validProportion(double p, QString* error)
{
    // Written so that NaN fails too.
    if (!(p >= 0.0 && p <= 1.0))
        return fail(
            error,
            SampleSize::tr("The proportion must be between 0 and 1 (0.8 for 80 %), not %1.").arg(number(p)));
    return true;
}

bool validStandardDeviation(double sd, QString* error)
{
    if (!(sd >= 0.0 && std::isfinite(sd)))
        return fail(error,
                    SampleSize::tr("The standard deviation must be 0 or more, not %1.").arg(number(sd)));
    return true;
}

bool validPopulation(std::optional<qint64> population, qint64 minimum, QString* error)
{
    if (population && *population < minimum)
        return fail(
            error,
            SampleSize::tr("The population must be at least %1, not %2.").arg(minimum).arg(*population));
    return true;
}

// n0 / (1 + (n0 - 1) / N): the size that gives the same margin in a population of N as n0 gives
// in an endless one. It is exact for the correction above, not an approximation.
double corrected(double n0, std::optional<qint64> population)
{
    if (!population)
        return n0;
    return n0 / (1.0 + (n0 - 1.0) / static_cast<double>(*population));
}

// Rounds up, forgiving the last bits of floating-point noise (384.0000000001 is 384).
std::optional<qint64> roundUp(double n, qint64 minimum, QString* error)
{
    if (!(n <= maximumSize)) {
        fail(error,
             SampleSize::tr("The target margin is too small: it would need more than %1 visits.")
                 .arg(number(maximumSize)));
        return std::nullopt;
    }
    return std::max(minimum, static_cast<qint64>(std::ceil(n - 1e-9)));
}

} // namespace

std::optional<double> SampleSize::proportionMargin(double p, qint64 n, double confidence,
                                                   std::optional<qint64> population, QString* error)
{
    if (!validProportion(p, error) || !validSample(n, 1, population, error))
        return std::nullopt;
    const auto z = zValue(confidence, error);
    if (!z)
        return std::nullopt;
    return *z * std::sqrt(p * (1.0 - p) / static_cast<double>(n)) * finitePopulationCorrection(n, population);
}

std::optional<double> SampleSize::meanMargin(double sd, qint64 n, double confidence,
                                             std::optional<qint64> population, QString* error)
{
    // One visit says nothing about the spread, so t would have no degrees of freedom.
    if (!validStandardDeviation(sd, error) || !validSample(n, 2, population, error))
        return std::nullopt;
    const auto critical = meanCriticalValue(confidence, n, error);
    if (!critical)
        return std::nullopt;
    return *critical * sd / std::sqrt(static_cast<double>(n)) * finitePopulationCorrection(n, population);
}

std::optional<qint64> SampleSize::requiredSizeForProportion(double p, double margin, double confidence,
                                                            std::optional<qint64> population, QString* error)
{
    if (!validProportion(p, error) || !validPopulation(population, 1, error))
        return std::nullopt;
    if (!(margin > 0.0 && margin < 1.0)) {
        fail(error,
             tr("The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.")
                 .arg(number(margin)));
        return std::nullopt;
    }
    const auto z = zValue(confidence, error);
    if (!z)
        return std::nullopt;
    const double n0 = *z * *z * p * (1.0 - p) / (margin * margin);
    return roundUp(corrected(n0, population), 1, error);
}

std::optional<qint64> SampleSize::requiredSizeForMean(double sd, double margin, double confidence,
                                                      std::optional<qint64> population, QString* error)
{
    if (!validStandardDeviation(sd, error) || !validPopulation(population, 2, error))
        return std::nullopt;
    if (!(margin > 0.0 && std::isfinite(margin))) {
        fail(error, tr("The target margin must be above 0, not %1.").arg(number(margin)));
        return std::nullopt;
    }
    const auto z = zValue(confidence, error);
    if (!z)
        return std::nullopt;
    const double n0 = (*z * sd / margin) * (*z * sd / margin);
    auto n = roundUp(corrected(n0, population), 2, error);
    if (!n)
        return std::nullopt;
    // Below tLimit the margin uses t, which is wider than z: add visits until it fits. This ends
    // by tLimit at the latest (z from there on, and n already satisfies z) or at N (margin 0).
    while (meanUsesStudentT(*n) && *n < population.value_or(tLimit)) {
        const auto reached = meanMargin(sd, *n, confidence, population, error);
        if (!reached)
            return std::nullopt;
        if (*reached <= margin * (1.0 + 1e-12))
            break;
        ++*n;
    }
    return n;
}
