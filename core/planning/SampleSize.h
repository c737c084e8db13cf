#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

// How precise a sample is: the margin of error of a share ("80 % said yes") or of a mean score
// for n visits, and the n needed for a target margin. Pure functions, no state.
//
// Conventions:
// - confidence is a fraction and one of 0.90, 0.95 or 0.99 (the levels clients ask for);
// - a proportion's margin is a fraction too: 0.05 means ±5 percentage points;
// - a mean's margin and a mean's target margin are in the unit of the measure (score points);
// - population, when given, is the number of units the sample is drawn from (N). The finite
//   population correction sqrt((N - n) / (N - 1)) then shrinks the margin: sampling 278 of
//   1,000 branches says more than 278 of an endless stream. Without it the population counts as
//   infinite, the usual and more cautious assumption.
// - A mean's margin uses Student's t with n - 1 degrees of freedom below tLimit visits, because
//   the standard deviation is itself estimated from the few visits and z would be too
//   optimistic there; from tLimit on t is within about 4 % of z and z is used, as textbooks
//   and most survey tools do.
//
// Every function returns no value and sets *error (when given) to a message for the user when
// an input is out of range.
class SampleSize
{
    Q_DECLARE_TR_FUNCTIONS(SampleSize)

public:
    static constexpr std::array<double, 3> confidenceLevels { 0.90, 0.95, 0.99 };
    static constexpr qint64 tLimit = 30;

    // True when confidence is one of confidenceLevels (compared with a small tolerance, so that
    // 95 / 100.0 counts).
    static bool isConfidenceLevel(double confidence);

    // The two-sided critical values: z from the standard normal distribution, t from Student's
    // t with the given degrees of freedom (>= 1).
    static std::optional<double> zValue(double confidence, QString* error = nullptr);
    static std::optional<double> tValue(double confidence, qint64 degreesOfFreedom, QString* error = nullptr);
    // The critical value a mean of n visits uses: t(n - 1) below tLimit, z from there on.
    static std::optional<double> meanCriticalValue(double confidence, qint64 n, QString* error = nullptr);
    static bool meanUsesStudentT(qint64 n) { return n < tLimit; }

    // sqrt((N - n) / (N - 1)), or 1 without a population; 0 when the whole population is
    // sampled (a census has no sampling error). Expects 1 <= n <= N.
    static double finitePopulationCorrection(qint64 n, std::optional<qint64> population);

    // ± margin of a proportion p (0..1) measured on n visits.
    static std::optional<double> proportionMargin(double p, qint64 n, double confidence,
                                                  std::optional<qint64> population = std::nullopt,
                                                  QString* error = nullptr);
    // ± margin of a mean with standard deviation sd (>= 0) measured on n >= 2 visits.
    static std::optional<double> meanMargin(double sd, qint64 n, double confidence,
                                            std::optional<qint64> population = std::nullopt,
                                            QString* error = nullptr);

    // The smallest n whose margin is at most margin (0 < margin < 1) for a proportion p:
    // n0 = z² p (1 - p) / margin², corrected to n0 / (1 + (n0 - 1) / N) with a population,
    // rounded up. At least 1 visit.
    static std::optional<qint64> requiredSizeForProportion(double p, double margin, double confidence,
                                                           std::optional<qint64> population = std::nullopt,
                                                           QString* error = nullptr);
    // The smallest n >= 2 whose meanMargin is at most margin (> 0, in the measure's unit),
    // t included below tLimit.
    static std::optional<qint64> requiredSizeForMean(double sd, double margin, double confidence,
                                                     std::optional<qint64> population = std::nullopt,
                                                     QString* error = nullptr);

    // A cell (a location, a region, a wave) with fewer visits than the programme's small-base
    // threshold is too small to report on its own.
    static bool isSmallBase(qint64 n, int threshold) { return n < threshold; }
};
