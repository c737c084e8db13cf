#pragma once

#include <QtGlobal>
#include <optional>

// The margins of error of the results (docs/results.md, "Margins of error"), at a confidence of
// 0.90, 0.95 or 0.99. All figures are in points: scores and shares 0-100, NPS -100..100.
class ResultsStatistics
{
public:
    struct Interval
    {
        double low = 0;
        double high = 0;
        double margin() const { return (high - low) / 2; }
    };

    // A mean score of n visits with standard deviation sd: ± t·sd/√n, Student's t with n - 1
    // degrees of freedom below 30 visits and z from there on (as the sample size calculator,
    // SampleSize::meanMargin). None below 2 visits.
    static std::optional<double> meanMargin(double sd, qint64 n, double confidence);
    // The Wilson score interval of a share of `count` in n: unlike p ± z·√(p(1-p)/n) it stays
    // inside 0-100 and does not shrink to nothing at 0 % or 100 % on a small base.
    static std::optional<Interval> wilson(qint64 count, qint64 n, double confidence);
    // NPS = % promoters - % detractors; its margin is z·√((pP + pD - (pP - pD)²) / n), the
    // standard error of the mean of +1 (promoter), 0 (passive) and -1 (detractor) scores.
    static std::optional<double> npsMargin(qint64 promoters, qint64 detractors, qint64 n, double confidence);
    static std::optional<double> nps(qint64 promoters, qint64 detractors, qint64 n);
};
