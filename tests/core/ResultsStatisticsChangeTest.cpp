#include "results/ResultsStatistics.h"

#include <gtest/gtest.h>

// The expected figures below were worked out from the textbook formulas, written out in each
// test, and the p-values taken from the t and normal distributions independently of this code
// (mpmath: the two-sided p of t with df degrees of freedom is I_{df/(df+t²)}(df/2, 1/2), that of
// z is erfc(|z|/√2)).

TEST(ResultsStatisticsChange, WelchTestOfTwoMeans)
{
    // Wave 1: 75 points, sd 10, 30 visits; wave 2: 80 points, sd 12, 40 visits.
    //   v1 = 10²/30 = 3.3333, v2 = 12²/40 = 3.6, SE = √6.9333 = 2.63312
    //   t = 5 / 2.63312 = 1.89889
    //   df = 6.9333² / (3.3333²/29 + 3.6²/39) = 48.0711 / (0.383142 + 0.332308) = 67.190
    //   p = 2·P(T67.19 > 1.89889) = 0.061874
    const auto change = ResultsStatistics::meanChange(75, 10, 30, 80, 12, 40, 0.95);
    ASSERT_TRUE(change);
    EXPECT_DOUBLE_EQ(change->difference, 5.0);
    EXPECT_NEAR(change->pValue, 0.061874, 5e-6);
    EXPECT_FALSE(change->significant); // 0.0619 > 0.05
    // The same change clears the 90 % level (0.0619 < 0.10).
    EXPECT_TRUE(ResultsStatistics::meanChange(75, 10, 30, 80, 12, 40, 0.90)->significant);
    // The order of the waves flips the sign of the difference, not the p-value.
    const auto backwards = ResultsStatistics::meanChange(80, 12, 40, 75, 10, 30, 0.95);
    EXPECT_DOUBLE_EQ(backwards->difference, -5.0);
    EXPECT_NEAR(backwards->pValue, 0.061874, 5e-6);
}

TEST(ResultsStatisticsChange, WelchTestOfASmallChangeIsNotSignificant)
{
    // 70 vs 72 points, sd 15 on both sides, 12 visits each:
    //   SE = √(225/12 · 2) = 6.12372, t = 2 / 6.12372 = 0.326599
    //   equal variances and bases make the Welch df exactly 2(n - 1) = 22
    //   p = 2·P(T22 > 0.326599) = 0.747058
    const auto change = ResultsStatistics::meanChange(70, 15, 12, 72, 15, 12, 0.95);
    ASSERT_TRUE(change);
    EXPECT_DOUBLE_EQ(change->difference, 2.0);
    EXPECT_NEAR(change->pValue, 0.747058, 5e-6);
    EXPECT_FALSE(change->significant);
}

TEST(ResultsStatisticsChange, MeansWithoutVariance)
{
    // Every visit scored the same on both sides: there is no sampling error at all.
    const auto same = ResultsStatistics::meanChange(80, 0, 10, 80, 0, 12, 0.95);
    ASSERT_TRUE(same);
    EXPECT_DOUBLE_EQ(same->pValue, 1.0);
    EXPECT_FALSE(same->significant);
    const auto different = ResultsStatistics::meanChange(80, 0, 10, 90, 0, 12, 0.95);
    ASSERT_TRUE(different);
    EXPECT_DOUBLE_EQ(different->difference, 10.0);
    EXPECT_DOUBLE_EQ(different->pValue, 0.0);
    EXPECT_TRUE(different->significant);
    // One side without variance: df = (s2²/n2)² / ((s2²/n2)²/(n2-1)) = n2 - 1 = 9,
    // t = 10 / (10/√10) = 3.16228, p = 2·P(T9 > 3.16228) = 0.011508.
    const auto oneSided = ResultsStatistics::meanChange(80, 0, 10, 90, 10, 10, 0.95);
    ASSERT_TRUE(oneSided);
    EXPECT_NEAR(oneSided->pValue, 0.011508, 5e-6);
    EXPECT_TRUE(oneSided->significant);
}

TEST(ResultsStatisticsChange, TwoProportionZTest)
{
    // 45 of 100 said yes in wave 1, 60 of 100 in wave 2.
    //   pooled p = 105/200 = 0.525, SE = √(0.525 · 0.475 · (1/100 + 1/100)) = √0.0049875 = 0.0706222
    //   z = (0.60 - 0.45) / 0.0706222 = 2.12398 (with p = 0.5 in the SE it would be 2.1213)
    //   p = erfc(2.12398/√2) = 0.033672
    const auto change = ResultsStatistics::shareChange(45, 100, 60, 100, 0.95);
    ASSERT_TRUE(change);
    EXPECT_NEAR(change->difference, 15.0, 1e-9);
    EXPECT_NEAR(change->pValue, 0.033672, 5e-6);
    EXPECT_TRUE(change->significant);
    EXPECT_FALSE(ResultsStatistics::shareChange(45, 100, 60, 100, 0.99)->significant); // 0.0337 > 0.01
}

TEST(ResultsStatisticsChange, TwoProportionsCloseTogetherAreNotSignificant)
{
    // 50/100 vs 55/100: pooled 0.525 again, z = 0.05 / 0.0706222 = 0.707992, p = 0.478950.
    const auto change = ResultsStatistics::shareChange(50, 100, 55, 100, 0.90);
    ASSERT_TRUE(change);
    EXPECT_NEAR(change->difference, 5.0, 1e-9);
    EXPECT_NEAR(change->pValue, 0.478950, 5e-6);
    EXPECT_FALSE(change->significant);
    // Unanimous on both sides: equal shares never differ, opposite ones always do.
    EXPECT_DOUBLE_EQ(ResultsStatistics::shareChange(20, 20, 30, 30, 0.95)->pValue, 1.0);
    EXPECT_DOUBLE_EQ(ResultsStatistics::shareChange(0, 20, 0, 30, 0.95)->pValue, 1.0);
}

TEST(ResultsStatisticsChange, NpsZTest)
{
    // Wave 1: 50 promoters, 20 detractors of 200 (NPS 15); wave 2: 65 and 10 of 200 (NPS 27.5).
    //   v1 = 0.25 + 0.10 - 0.15² = 0.3275, v2 = 0.325 + 0.05 - 0.275² = 0.299375
    //   SE = √(0.3275/200 + 0.299375/200) = 0.0559855
    //   z = 0.125 / 0.0559855 = 2.23272, p = erfc(2.23272/√2) = 0.025567
    const auto change = ResultsStatistics::npsChange(50, 20, 200, 65, 10, 200, 0.95);
    ASSERT_TRUE(change);
    EXPECT_NEAR(change->difference, 12.5, 1e-9);
    EXPECT_NEAR(change->pValue, 0.025567, 5e-6);
    EXPECT_TRUE(change->significant);

    // 40/20 of 100 (NPS 20) vs 45/20 of 100 (NPS 25):
    //   v1 = 0.6 - 0.2² = 0.56, v2 = 0.65 - 0.25² = 0.5875, SE = √(1.1475/100) = 0.107121
    //   z = 0.05 / 0.107121 = 0.466760, p = 0.640672
    const auto small = ResultsStatistics::npsChange(40, 20, 100, 45, 20, 100, 0.95);
    ASSERT_TRUE(small);
    EXPECT_NEAR(small->difference, 5.0, 1e-9);
    EXPECT_NEAR(small->pValue, 0.640672, 5e-6);
    EXPECT_FALSE(small->significant);

    // All promoters in one wave, all detractors in the next: no variance, a certain change.
    const auto certain = ResultsStatistics::npsChange(10, 0, 10, 0, 10, 10, 0.95);
    ASSERT_TRUE(certain);
    EXPECT_NEAR(certain->difference, -200.0, 1e-9);
    EXPECT_DOUBLE_EQ(certain->pValue, 0.0);
    EXPECT_TRUE(certain->significant);
}

TEST(ResultsStatisticsChange, NothingBelowTwoVisitsOrForBadInput)
{
    EXPECT_FALSE(ResultsStatistics::meanChange(75, 10, 1, 80, 12, 40, 0.95));
    EXPECT_FALSE(ResultsStatistics::meanChange(75, 10, 30, 80, 12, 1, 0.95));
    EXPECT_FALSE(ResultsStatistics::shareChange(1, 1, 60, 100, 0.95));
    EXPECT_FALSE(ResultsStatistics::shareChange(45, 100, 0, 0, 0.95));
    EXPECT_FALSE(ResultsStatistics::npsChange(1, 0, 1, 65, 10, 200, 0.95));
    EXPECT_FALSE(ResultsStatistics::npsChange(50, 20, 200, 0, 0, 1, 0.95));
    // Counts outside the base, a negative sd, a confidence level nobody reports at.
    EXPECT_FALSE(ResultsStatistics::shareChange(101, 100, 60, 100, 0.95));
    EXPECT_FALSE(ResultsStatistics::npsChange(150, 60, 200, 65, 10, 200, 0.95));
    EXPECT_FALSE(ResultsStatistics::meanChange(75, -1, 30, 80, 12, 40, 0.95));
    EXPECT_FALSE(ResultsStatistics::meanChange(75, 10, 30, 80, 12, 40, 0.8));
    // Two visits is enough.
    EXPECT_TRUE(ResultsStatistics::meanChange(75, 10, 2, 80, 12, 2, 0.95));
}
