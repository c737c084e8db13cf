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

    // Whether a figure moved between two independent samples (wave 1 and wave 2, two regions).
    // difference is always second minus first, in points; the test is two-sided and the change
    // is significant when pValue < 1 - confidence. None below 2 visits on either side, for
    // counts outside 0..n, a negative sd or a confidence that is not 0.90, 0.95 or 0.99.
    // When neither sample varies at all there is no sampling error: equal figures give pValue
    // 1, different ones pValue 0.
    struct Change
    {
        double difference = 0;
        double pValue = 1;
        bool significant = false;
    };

    // Two mean scores (0-100): Welch's t-test, which does not assume equal variances, with the
    // Welch-Satterthwaite degrees of freedom (sd1²/n1 + sd2²/n2)² / ((sd1²/n1)²/(n1-1) + (sd2²/n2)²/(n2-1)).
    static std::optional<Change> meanChange(double mean1, double sd1, qint64 n1, double mean2, double sd2,
                                            qint64 n2, double confidence);
    // Two shares of yes, count of n each: the two-proportion z-test with the pooled share
    // p = (count1 + count2) / (n1 + n2), z = (p2 - p1) / √(p(1 - p)(1/n1 + 1/n2)).
    static std::optional<Change> shareChange(qint64 count1, qint64 n1, qint64 count2, qint64 n2,
                                             double confidence);
    // Two NPS: z = (NPS2 - NPS1) / √(v1/n1 + v2/n2) with each sample's own variance
    // v = pP + pD - (pP - pD)², the one npsMargin uses. difference in NPS points.
    static std::optional<Change> npsChange(qint64 promoters1, qint64 detractors1, qint64 n1,
                                           qint64 promoters2, qint64 detractors2, qint64 n2,
                                           double confidence);
};
