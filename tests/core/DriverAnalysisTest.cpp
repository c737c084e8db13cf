#include "analysis/DriverAnalysis.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <numeric>
#include <random>

namespace {

constexpr float missing = std::numeric_limits<float>::quiet_NaN();

QString itemCode(std::size_t index)
{
    return QStringLiteral("S%1").arg(index + 1);
}

// Yes (1) with the given probability, otherwise no (0).
std::vector<float> yesNo(std::mt19937& random, std::size_t respondents, double yesRate)
{
    std::bernoulli_distribution yes(yesRate);
    std::vector<float> values(respondents);
    for (auto& value : values)
        value = yes(random) ? 1.0f : 0.0f;
    return values;
}

// A planted data set: 2,000 respondents, 8 standards S1..S8 with different yes rates, and an
// NPS-like outcome 5 + 3·S2 + 1·S5 + noise (sd 1.5), clamped to 0-10. By default S2 is rarely
// met (30 %) and matters most, so it is the one to fix first.
struct Planted
{
    std::vector<DriverAnalysis::Item> items;
    std::vector<float> outcome;
};

Planted planted(double s2YesRate = 0.30)
{
    constexpr std::size_t respondents = 2000;
    const std::vector<double> yesRates { 0.90, s2YesRate, 0.80, 0.85, 0.60, 0.95, 0.40, 0.75 };
    std::mt19937 random(20240611);
    Planted data;
    for (std::size_t i = 0; i < yesRates.size(); ++i)
        data.items.push_back({ itemCode(i), QStringLiteral("Standard %1").arg(i + 1),
                               yesNo(random, respondents, yesRates[i]) });
    std::normal_distribution<double> noise(0.0, 1.5);
    for (std::size_t row = 0; row < respondents; ++row) {
        const double value
            = 5 + 3 * double(data.items[1].values[row]) + double(data.items[4].values[row]) + noise(random);
        data.outcome.push_back(float(std::clamp(value, 0.0, 10.0)));
    }
    return data;
}

const DriverAnalysis::Driver* find(const DriverAnalysis::Result& result, const QString& code)
{
    const auto it
        = std::find_if(result.drivers.begin(), result.drivers.end(),
                       [&code](const DriverAnalysis::Driver& driver) { return driver.code == code; });
    return it == result.drivers.end() ? nullptr : &*it;
}

double importanceSum(const DriverAnalysis::Result& result)
{
    return std::accumulate(
        result.drivers.begin(), result.drivers.end(), 0.0,
        [](double sum, const DriverAnalysis::Driver& driver) { return sum + driver.importance; });
}

double weightSum(const DriverAnalysis::Result& result)
{
    return std::accumulate(
        result.drivers.begin(), result.drivers.end(), 0.0,
        [](double sum, const DriverAnalysis::Driver& driver) { return sum + driver.weight; });
}

// Pearson r over the rows where both values are present, computed here independently.
double pearson(const std::vector<float>& x, const std::vector<float>& y)
{
    double n = 0, sx = 0, sy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        n += 1;
        sx += double(x[i]);
        sy += double(y[i]);
    }
    const double mx = sx / n, my = sy / n;
    double sxx = 0, syy = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        sxx += (double(x[i]) - mx) * (double(x[i]) - mx);
        syy += (double(y[i]) - my) * (double(y[i]) - my);
        sxy += (double(x[i]) - mx) * (double(y[i]) - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

void expectFinite(const DriverAnalysis::Result& result)
{
    EXPECT_TRUE(std::isfinite(result.rSquared));
    for (const auto& driver : result.drivers) {
        EXPECT_TRUE(std::isfinite(driver.weight)) << driver.code.toStdString();
        EXPECT_TRUE(std::isfinite(driver.importance)) << driver.code.toStdString();
        EXPECT_TRUE(std::isfinite(driver.correlation)) << driver.code.toStdString();
        EXPECT_TRUE(std::isfinite(driver.pValue)) << driver.code.toStdString();
        EXPECT_GE(driver.weight, 0.0);
    }
}

} // namespace

TEST(DriverAnalysis, OneItemCarriesTheSquaredCorrelation)
{
    // 12 respondents; the yes group scored 9 8 7 9 6 8 (sum 47), the no group 5 7 6 4 8 5
    // (sum 35), all together mean 82/12 = 41/6. Sxx = 12 · ¼ = 3,
    // Sxy = Σ (x - ½)(y - 41/6) = ½ · (47 - 41) - ½ · (35 - 41) = 6, Syy = Σ y² - 82²/12 = 29.6667,
    // so r = 6 / √(3 · 29.6667) = 0.635999, r² = 36/89 = 0.404494,
    // t = r√(10 / (1 - r²)) = 2.606233 and p = 2·P(T10 > 2.606233) = 0.026210.
    // With a single item its relative weight is all of R² = r².
    const std::vector<float> item { 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0 };
    const std::vector<float> outcome { 9, 8, 7, 9, 6, 8, 5, 7, 6, 4, 8, 5 };
    QString error;
    const auto result
        = DriverAnalysis::analyse({ { QStringLiteral("S1"), QString(), item } }, outcome, &error);
    ASSERT_TRUE(result) << error.toStdString();
    ASSERT_EQ(result->drivers.size(), 1u);
    const auto& driver = result->drivers.front();
    EXPECT_EQ(driver.n, 12);
    EXPECT_DOUBLE_EQ(driver.performance, 50.0);
    EXPECT_NEAR(driver.correlation, 0.635999, 5e-6);
    EXPECT_NEAR(driver.pValue, 0.026210, 5e-6);
    EXPECT_NEAR(driver.weight, 36.0 / 89.0, 1e-9);
    EXPECT_NEAR(result->rSquared, 36.0 / 89.0, 1e-9);
    EXPECT_NEAR(driver.importance, 100.0, 1e-9);
    EXPECT_EQ(result->respondents, 12);
    EXPECT_TRUE(result->notes.isEmpty());
}

TEST(DriverAnalysis, TwoCorrelatedItemsMatchTheClosedForm)
{
    // For two predictors with correlation c, R = [[1, c], [c, 1]] has eigenvalues 1 ± c with
    // eigenvectors (1, 1)/√2 and (1, -1)/√2, so R^½ = [[a, b], [b, a]] with
    // a = (√(1+c) + √(1-c))/2, b = (√(1+c) - √(1-c))/2 and a² - b² = √(1 - c²).
    // β = R^-½ r_xy gives β1 = (a·r1 - b·r2)/√(1-c²), β2 = (a·r2 - b·r1)/√(1-c²), and the
    // weights are w1 = a²β1² + b²β2², w2 = b²β1² + a²β2². Their sum is the regression's
    // R² = (r1² + r2² - 2·r1·r2·c) / (1 - c²).
    std::mt19937 random(7);
    std::bernoulli_distribution yes(0.6), copies(0.7);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<float> first, second, outcome;
    for (int row = 0; row < 500; ++row) {
        const float x1 = yes(random) ? 1.0f : 0.0f;
        const float x2 = copies(random) ? x1 : (yes(random) ? 1.0f : 0.0f);
        first.push_back(x1);
        second.push_back(x2);
        outcome.push_back(float(4 + 2 * double(x1) + double(x2) + noise(random)));
    }
    const double r1 = pearson(first, outcome), r2 = pearson(second, outcome), c = pearson(first, second);
    const double a = (std::sqrt(1 + c) + std::sqrt(1 - c)) / 2, b = (std::sqrt(1 + c) - std::sqrt(1 - c)) / 2;
    const double beta1 = (a * r1 - b * r2) / std::sqrt(1 - c * c);
    const double beta2 = (a * r2 - b * r1) / std::sqrt(1 - c * c);
    const double w1 = a * a * beta1 * beta1 + b * b * beta2 * beta2;
    const double w2 = b * b * beta1 * beta1 + a * a * beta2 * beta2;
    const double rSquared = (r1 * r1 + r2 * r2 - 2 * r1 * r2 * c) / (1 - c * c);
    ASSERT_GT(c, 0.5); // the items really are collinear

    QString error;
    const auto result = DriverAnalysis::analyse(
        { { QStringLiteral("A"), QString(), first }, { QStringLiteral("B"), QString(), second } }, outcome,
        &error);
    ASSERT_TRUE(result) << error.toStdString();
    ASSERT_EQ(result->drivers.size(), 2u);
    EXPECT_NEAR(result->rSquared, rSquared, 1e-6);
    EXPECT_NEAR(find(*result, QStringLiteral("A"))->weight, w1, 1e-6);
    EXPECT_NEAR(find(*result, QStringLiteral("B"))->weight, w2, 1e-6);
    EXPECT_NEAR(find(*result, QStringLiteral("A"))->correlation, r1, 1e-6);
    EXPECT_EQ(result->drivers.front().code, QStringLiteral("A"));
}

TEST(DriverAnalysis, PlantedDriversComeFirst)
{
    const auto data = planted();
    QString error;
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    ASSERT_TRUE(result) << error.toStdString();
    ASSERT_EQ(result->drivers.size(), 8u);
    expectFinite(*result);
    EXPECT_EQ(result->respondents, 2000);
    EXPECT_TRUE(result->notes.isEmpty());

    EXPECT_EQ(result->drivers[0].code, QStringLiteral("S2"));
    EXPECT_EQ(result->drivers[1].code, QStringLiteral("S5"));
    for (std::size_t i = 1; i < result->drivers.size(); ++i)
        EXPECT_GE(result->drivers[i - 1].importance, result->drivers[i].importance);
    // Explained variance: 9·0.21 from S2 and 0.24 from S5 against 2.25 of noise is about 0.49
    // before clamping at 10; the others add only chance.
    EXPECT_GT(result->rSquared, 0.35);
    EXPECT_LT(result->rSquared, 0.60);
    EXPECT_NEAR(importanceSum(*result), 100.0, 1e-9);
    EXPECT_NEAR(weightSum(*result), result->rSquared, 1e-12);
    // S5 explains about 0.24 / (1.89 + 0.24) = 11 % of what is explained, a little more as the
    // clamping at 10 trims S2's effect; S2 nearly all the rest.
    EXPECT_GT(result->drivers[0].importance, 75.0);
    EXPECT_GT(result->drivers[1].importance, 5.0);
    for (std::size_t i = 2; i < result->drivers.size(); ++i)
        EXPECT_LT(result->drivers[i].importance, 3.0) << result->drivers[i].code.toStdString();

    const auto* s2 = find(*result, QStringLiteral("S2"));
    EXPECT_EQ(s2->n, 2000);
    EXPECT_NEAR(s2->performance, 30.0, 3.0);
    EXPECT_GT(s2->correlation, 0.5);
    EXPECT_LT(s2->pValue, 1e-12);
    EXPECT_EQ(s2->label, QStringLiteral("Standard 2"));

    // The grid: the split is the mean importance (100 / 8) and the mean performance (about 69 %).
    EXPECT_NEAR(result->importanceSplit, 12.5, 1e-9);
    EXPECT_NEAR(result->performanceSplit, 69.4, 2.0);
    EXPECT_EQ(s2->quadrant, DriverAnalysis::Quadrant::FixFirst);
    EXPECT_EQ(find(*result, QStringLiteral("S1"))->quadrant, DriverAnalysis::Quadrant::Overdone); // 90 % yes
    EXPECT_EQ(find(*result, QStringLiteral("S7"))->quadrant, DriverAnalysis::Quadrant::Secondary); // 40 % yes
}

TEST(DriverAnalysis, AStrongDriverThatPerformsWellIsKeptUp)
{
    // S2 met 90 % of the time: 9 · 0.09 = 0.81 of explained variance against 0.24 for S5, so
    // still about 77 % of the importance, now above the mean performance (about 77 %).
    const auto data = planted(0.90);
    QString error;
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    ASSERT_TRUE(result) << error.toStdString();
    const auto* s2 = find(*result, QStringLiteral("S2"));
    EXPECT_EQ(result->drivers.front().code, QStringLiteral("S2"));
    EXPECT_GT(s2->importance, 60.0);
    EXPECT_NEAR(s2->performance, 90.0, 3.0);
    EXPECT_EQ(s2->quadrant, DriverAnalysis::Quadrant::KeepUp);
}

TEST(DriverAnalysis, ImportanceIsUnsigned)
{
    // S2 recoded (yes <-> no): the outcome now falls with it. It matters exactly as much.
    const auto data = planted();
    auto flipped = data;
    for (auto& value : flipped.items[1].values)
        value = 1.0f - value;
    QString error;
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    const auto recoded = DriverAnalysis::analyse(flipped.items, flipped.outcome, &error);
    ASSERT_TRUE(result && recoded) << error.toStdString();
    const auto* s2 = find(*result, QStringLiteral("S2"));
    const auto* flippedS2 = find(*recoded, QStringLiteral("S2"));
    EXPECT_NEAR(flippedS2->correlation, -s2->correlation, 1e-9);
    EXPECT_NEAR(flippedS2->importance, s2->importance, 1e-9);
    EXPECT_NEAR(recoded->rSquared, result->rSquared, 1e-9);
    EXPECT_GE(flippedS2->weight, 0.0);
}

TEST(DriverAnalysis, DuplicatedItemsShareTheirWeight)
{
    auto data = planted();
    auto copy = data.items[1];
    copy.code = QStringLiteral("S2copy");
    data.items.push_back(copy);
    QString error;
    const auto alone = DriverAnalysis::analyse(planted().items, data.outcome, &error);
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    ASSERT_TRUE(alone && result) << error.toStdString();
    ASSERT_EQ(result->drivers.size(), 9u);
    expectFinite(*result);
    const auto* original = find(*result, QStringLiteral("S2"));
    const auto* duplicate = find(*result, QStringLiteral("S2copy"));
    // Perfectly collinear: neither can claim more than the other, and the pair explains no
    // more than the one item did.
    EXPECT_NEAR(original->weight, duplicate->weight, 1e-9);
    EXPECT_NEAR(result->rSquared, alone->rSquared, 1e-9);
    EXPECT_NEAR(importanceSum(*result), 100.0, 1e-9);
    EXPECT_GT(original->importance, 35.0);
    EXPECT_NEAR(original->importance + duplicate->importance, find(*alone, QStringLiteral("S2"))->importance,
                3.0);
    // The two halves still lead.
    EXPECT_TRUE(result->drivers[0].code.startsWith(QStringLiteral("S2")));
    EXPECT_TRUE(result->drivers[1].code.startsWith(QStringLiteral("S2")));
}

TEST(DriverAnalysis, NotApplicableAnswersAreFilledInForTheWeightsOnly)
{
    auto data = planted();
    std::mt19937 random(99);
    std::bernoulli_distribution notApplicable(0.4), unanswered(0.2);
    for (auto& value : data.items[1].values)
        if (notApplicable(random))
            value = missing;
    for (auto& value : data.items[4].values)
        if (unanswered(random))
            value = missing;
    // Some respondents have no outcome either; they count nowhere.
    for (std::size_t row = 0; row < data.outcome.size(); row += 10)
        data.outcome[row] = missing;

    QString error;
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    ASSERT_TRUE(result) << error.toStdString();
    ASSERT_EQ(result->drivers.size(), 8u);
    expectFinite(*result);
    EXPECT_EQ(result->respondents, 1800);
    EXPECT_EQ(result->drivers[0].code, QStringLiteral("S2"));
    EXPECT_EQ(result->drivers[1].code, QStringLiteral("S5"));
    EXPECT_NEAR(importanceSum(*result), 100.0, 1e-9);
    ASSERT_EQ(result->notes.size(), 1); // the note on filled-in answers
    EXPECT_TRUE(result->notes.front().contains(QStringLiteral("missing")));

    // n, performance and r use the complete pairs only, as computed here.
    const auto* s2 = find(*result, QStringLiteral("S2"));
    qint64 pairs = 0, yes = 0;
    for (std::size_t row = 0; row < data.outcome.size(); ++row) {
        if (std::isnan(data.outcome[row]) || std::isnan(data.items[1].values[row]))
            continue;
        ++pairs;
        yes += data.items[1].values[row] > 0.5f ? 1 : 0;
    }
    EXPECT_EQ(s2->n, pairs);
    EXPECT_LT(pairs, 1300);
    EXPECT_NEAR(s2->performance, 100.0 * double(yes) / double(pairs), 1e-9);
    EXPECT_NEAR(s2->correlation, pearson(data.items[1].values, data.outcome), 1e-6);
    EXPECT_EQ(find(*result, QStringLiteral("S1"))->n, 1800);
}

TEST(DriverAnalysis, TooFewRespondentsGiveNoResult)
{
    auto data = planted();
    for (std::size_t row = 9; row < data.outcome.size(); ++row)
        data.outcome[row] = missing;
    QString error;
    EXPECT_FALSE(DriverAnalysis::analyse(data.items, data.outcome, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("9"))) << error.toStdString();

    // Ten are enough.
    data.outcome[9] = 5;
    data.outcome[10] = 7; // not every outcome equal, whatever the seed gave the others
    error.clear();
    EXPECT_TRUE(DriverAnalysis::analyse(data.items, data.outcome, &error, 2)) << error.toStdString();
}

TEST(DriverAnalysis, AnOutcomeThatNeverVariesOrValuesThatDoNotMatchGiveNoResult)
{
    auto data = planted();
    const std::vector<float> constant(data.outcome.size(), 8.0f);
    QString error;
    EXPECT_FALSE(DriverAnalysis::analyse(data.items, constant, &error));
    EXPECT_FALSE(error.isEmpty());

    data.items[3].values.pop_back();
    error.clear();
    EXPECT_FALSE(DriverAnalysis::analyse(data.items, data.outcome, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("S4"))) << error.toStdString();
}

TEST(DriverAnalysis, ItemsWithoutVarianceOrBaseAreLeftOutWithANote)
{
    auto data = planted();
    data.items.push_back({ QStringLiteral("ALWAYS"), QStringLiteral("Always met"),
                           std::vector<float>(data.outcome.size(), 1.0f) });
    std::vector<float> rare(data.outcome.size(), missing);
    for (std::size_t row = 0; row < 5; ++row)
        rare[row] = float(row % 2);
    data.items.push_back({ QStringLiteral("RARE"), QString(), rare });

    QString error;
    const auto result = DriverAnalysis::analyse(data.items, data.outcome, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->drivers.size(), 8u);
    EXPECT_FALSE(find(*result, QStringLiteral("ALWAYS")));
    EXPECT_FALSE(find(*result, QStringLiteral("RARE")));
    EXPECT_NEAR(importanceSum(*result), 100.0, 1e-9);
    const QString notes = result->notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("Always met (ALWAYS)"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("RARE"))) << notes.toStdString();

    // With nothing left, the result is empty but explains why.
    const auto nothing = DriverAnalysis::analyse({ data.items[8] }, data.outcome, &error);
    ASSERT_TRUE(nothing);
    EXPECT_TRUE(nothing->drivers.empty());
    EXPECT_DOUBLE_EQ(nothing->rSquared, 0.0);
    EXPECT_EQ(nothing->notes.size(), 1);
}
