#include "planning/SampleSize.h"

#include <cmath>
#include <gtest/gtest.h>

// Figures from the textbooks (Cochran, Sampling Techniques; any z and t table) and from the
// domain notes ("80 % at 95 % is about ±14 points with 30 visits, ±5.5 with 200").

TEST(SampleSize, CriticalValuesMatchTheTables)
{
    EXPECT_NEAR(*SampleSize::zValue(0.90), 1.6449, 5e-5);
    EXPECT_NEAR(*SampleSize::zValue(0.95), 1.9600, 5e-5);
    EXPECT_NEAR(*SampleSize::zValue(0.99), 2.5758, 5e-5);
    EXPECT_NEAR(*SampleSize::tValue(0.95, 24), 2.0639, 5e-5);
    EXPECT_NEAR(*SampleSize::tValue(0.90, 9), 1.8331, 5e-5);
    EXPECT_NEAR(*SampleSize::tValue(0.99, 4), 4.6041, 5e-5);
    // A mean of n visits uses t(n - 1) below 30 visits, z from 30 on.
    EXPECT_NEAR(*SampleSize::meanCriticalValue(0.95, 25), 2.0639, 5e-5);
    EXPECT_NEAR(*SampleSize::meanCriticalValue(0.95, 30), 1.9600, 5e-5);
    EXPECT_TRUE(SampleSize::meanUsesStudentT(29));
    EXPECT_FALSE(SampleSize::meanUsesStudentT(30));
    // 95 / 100 is accepted as 0.95, whatever rounding the division does.
    EXPECT_TRUE(SampleSize::isConfidenceLevel(95 / 100.0));
}

TEST(SampleSize, ProportionMarginsMatchTextbookValues)
{
    // p = 0.5, n = 384, 95 %: the classic ±5 %.
    EXPECT_NEAR(*SampleSize::proportionMargin(0.5, 384, 0.95), 0.0500, 5e-5);
    // The domain note: 80 % on 30 visits is about ±14.3 points, on 200 visits about ±5.5.
    EXPECT_NEAR(*SampleSize::proportionMargin(0.8, 30, 0.95), 0.1431, 5e-4);
    EXPECT_NEAR(*SampleSize::proportionMargin(0.8, 200, 0.95), 0.0554, 5e-4);
    // The other levels scale with z.
    EXPECT_NEAR(*SampleSize::proportionMargin(0.5, 100, 0.90), 1.6449 * 0.05, 5e-5);
    EXPECT_NEAR(*SampleSize::proportionMargin(0.5, 100, 0.99), 2.5758 * 0.05, 5e-5);
    // A unanimous share has no sampling error.
    EXPECT_DOUBLE_EQ(*SampleSize::proportionMargin(1.0, 10, 0.95), 0.0);
}

TEST(SampleSize, FinitePopulationCorrection)
{
    // 278 of 1,000 units at p = 0.5 and 95 % gives about ±5 %.
    EXPECT_NEAR(*SampleSize::proportionMargin(0.5, 278, 0.95, 1000), 0.05, 5e-4);
    EXPECT_NEAR(SampleSize::finitePopulationCorrection(278, 1000), std::sqrt(722.0 / 999.0), 1e-12);
    EXPECT_DOUBLE_EQ(SampleSize::finitePopulationCorrection(278, std::nullopt), 1.0);
    // A census has no sampling error, even of a population of one.
    EXPECT_DOUBLE_EQ(*SampleSize::proportionMargin(0.5, 40, 0.95, 40), 0.0);
    EXPECT_DOUBLE_EQ(*SampleSize::proportionMargin(0.5, 1, 0.95, 1), 0.0);
}

TEST(SampleSize, RequiredSizeForAProportion)
{
    // 384.16 rounds up to 385.
    EXPECT_EQ(*SampleSize::requiredSizeForProportion(0.5, 0.05, 0.95), 385);
    // With N = 500: 384.16 / (1 + 383.16 / 500) = 217.5, rounded up.
    EXPECT_EQ(*SampleSize::requiredSizeForProportion(0.5, 0.05, 0.95, 500), 218);
    // p = 0.8, ±5 points: 1.96² × 0.16 / 0.0025 = 245.9.
    EXPECT_EQ(*SampleSize::requiredSizeForProportion(0.8, 0.05, 0.95), 246);
    // 99 %, ±3 points: 2.5758² × 0.25 / 0.0009 = 1843.0.
    EXPECT_EQ(*SampleSize::requiredSizeForProportion(0.5, 0.03, 0.99), 1844);
    // Never fewer than one visit, never more than the population.
    EXPECT_EQ(*SampleSize::requiredSizeForProportion(0.0, 0.05, 0.95), 1);
    EXPECT_LE(*SampleSize::requiredSizeForProportion(0.5, 0.01, 0.99, 50), 50);
}

TEST(SampleSize, MeanMargins)
{
    // sd = 15, n = 25, 95 %: t(24) = 2.0639, 2.0639 × 15 / 5 = 6.19.
    EXPECT_NEAR(*SampleSize::meanMargin(15.0, 25, 0.95), 6.19, 5e-3);
    // From 30 visits on z is used: 1.96 × 15 / 10 = 2.94.
    EXPECT_NEAR(*SampleSize::meanMargin(15.0, 100, 0.95), 2.94, 5e-3);
    EXPECT_NEAR(*SampleSize::meanMargin(15.0, 100, 0.95, 200), 2.94 * std::sqrt(100.0 / 199.0), 5e-3);
    // z alone would ask for (1.96 × 15 / 6.2)² = 22.5 -> 23 visits; t(23) gives ±6.33 on 24, so
    // 25 are needed.
    EXPECT_EQ(*SampleSize::requiredSizeForMean(15.0, 6.2, 0.95), 25);
    // Large samples are z's: (1.96 × 15 / 2)² = 216.1.
    EXPECT_EQ(*SampleSize::requiredSizeForMean(15.0, 2.0, 0.95), 217);
    EXPECT_EQ(*SampleSize::requiredSizeForMean(0.0, 1.0, 0.95), 2);
}

TEST(SampleSize, SmallBase)
{
    EXPECT_TRUE(SampleSize::isSmallBase(4, 5));
    EXPECT_FALSE(SampleSize::isSmallBase(5, 5));
    EXPECT_FALSE(SampleSize::isSmallBase(30, 30));
    EXPECT_TRUE(SampleSize::isSmallBase(0, 1));
}

TEST(SampleSize, BadInputsAreRefusedWithAReason)
{
    QString error;
    EXPECT_FALSE(SampleSize::proportionMargin(1.2, 30, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("between 0 and 1"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::proportionMargin(std::nan(""), 30, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("between 0 and 1"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::proportionMargin(0.5, 0, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("at least 1"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::proportionMargin(0.5, 30, 0.95, 20, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot exceed the population (20)"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::proportionMargin(0.5, 30, 0.80, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("90 %, 95 % or 99 %, not 80"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::zValue(95.0, &error));
    EXPECT_FALSE(SampleSize::tValue(0.95, 0, &error));
    EXPECT_FALSE(SampleSize::requiredSizeForProportion(0.5, 0.0, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("above 0 and below 1"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::requiredSizeForProportion(0.5, 5.0, 0.95, std::nullopt, &error));
    EXPECT_FALSE(SampleSize::requiredSizeForProportion(0.5, 1e-9, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too small"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::requiredSizeForProportion(0.5, 0.05, 0.95, 0, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("population"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::meanMargin(15.0, 1, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("at least 2 visits"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::meanMargin(-1.0, 10, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("standard deviation"))) << error.toStdString();
    EXPECT_FALSE(SampleSize::requiredSizeForMean(15.0, 0.0, 0.95, std::nullopt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("above 0"))) << error.toStdString();
    // Without an error pointer the functions still just say no.
    EXPECT_FALSE(SampleSize::proportionMargin(-0.1, 30, 0.95));
}

// Properties over a grid of inputs.

TEST(SampleSize, MarginShrinksAsTheSampleGrows)
{
    for (const double confidence : SampleSize::confidenceLevels) {
        for (const double p : { 0.05, 0.3, 0.5, 0.8, 0.99 }) {
            double previous = *SampleSize::proportionMargin(p, 1, confidence);
            for (qint64 n = 2; n <= 2000; ++n) {
                const double margin = *SampleSize::proportionMargin(p, n, confidence);
                EXPECT_LT(margin, previous) << p << " n=" << n;
                previous = margin;
            }
        }
        // Means too, across the switch from t to z at 30 visits.
        double previous = *SampleSize::meanMargin(12.0, 2, confidence);
        for (qint64 n = 3; n <= 500; ++n) {
            const double margin = *SampleSize::meanMargin(12.0, n, confidence);
            EXPECT_LT(margin, previous) << "mean n=" << n;
            previous = margin;
        }
    }
}

TEST(SampleSize, PopulationCorrectionNeverWidensTheMargin)
{
    for (const qint64 population : { 1, 2, 10, 68, 500, 1462, 100000 }) {
        for (qint64 n = 1; n <= std::min<qint64>(population, 400); ++n) {
            const double infinite = *SampleSize::proportionMargin(0.7, n, 0.95);
            const double finite = *SampleSize::proportionMargin(0.7, n, 0.95, population);
            EXPECT_LE(finite, infinite) << "N=" << population << " n=" << n;
            if (n >= 2) {
                EXPECT_LE(*SampleSize::meanMargin(10.0, n, 0.95, population),
                          *SampleSize::meanMargin(10.0, n, 0.95))
                    << "N=" << population << " n=" << n;
            }
        }
    }
}

TEST(SampleSize, RequiredSizeReachesTheTargetAndNoFewerWould)
{
    for (const double confidence : SampleSize::confidenceLevels) {
        for (const double p : { 0.1, 0.5, 0.8, 0.95 }) {
            for (const double target : { 0.01, 0.03, 0.05, 0.1, 0.2 }) {
                for (const std::optional<qint64> population :
                     { std::optional<qint64>(), std::optional<qint64>(50), std::optional<qint64>(1000) }) {
                    const qint64 n
                        = *SampleSize::requiredSizeForProportion(p, target, confidence, population);
                    EXPECT_LE(*SampleSize::proportionMargin(p, n, confidence, population), target + 1e-12)
                        << p << " ±" << target << " n=" << n;
                    if (n > 1) {
                        EXPECT_GT(*SampleSize::proportionMargin(p, n - 1, confidence, population), target)
                            << p << " ±" << target << " n=" << n;
                    }
                }
            }
        }
        for (const double target : { 0.5, 2.0, 5.0, 8.0, 20.0 }) {
            for (const std::optional<qint64> population :
                 { std::optional<qint64>(), std::optional<qint64>(40) }) {
                const qint64 n = *SampleSize::requiredSizeForMean(15.0, target, confidence, population);
                EXPECT_LE(*SampleSize::meanMargin(15.0, n, confidence, population), target + 1e-12) << target;
                if (n > 2) {
                    EXPECT_GT(*SampleSize::meanMargin(15.0, n - 1, confidence, population), target) << target;
                }
            }
        }
    }
}
