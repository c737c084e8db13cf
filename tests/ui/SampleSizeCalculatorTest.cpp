#include "planning/SampleSizeCalculator.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <ostream>

// Failures print the text, not UTF-16 code units.
static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

class SampleSizeCalculatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_calculator.resize(520, 760);
        m_calculator.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_calculator));
    }

    template<typename T> T* child(const char* name) const
    {
        auto* widget = m_calculator.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Selects what the box holds and types over it, as a user does.
    void type(const char* box, const char* text)
    {
        auto* spin = child<QAbstractSpinBox>(box);
        ASSERT_NE(spin, nullptr);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::fromUtf8(text));
    }

    QString shown(const char* label) const { return child<QLabel>(label)->text(); }
    QString cell(int row, int column) const
    {
        return child<QTableWidget>("marginTable")->item(row, column)->text();
    }
    bool smallBaseShown() const { return !child<QLabel>("smallBase")->isHidden(); }

    SampleSizeCalculator m_calculator;
};

TEST_F(SampleSizeCalculatorTest, MarginFollowsWhatIsTyped)
{
    type("proportion", "80");
    type("sampleSize", "30");
    EXPECT_EQ(shown("margin"), QStringLiteral("±14.3 points at 95 %"));
    EXPECT_TRUE(shown("marginDetail").contains(QStringLiteral("between 65.7 % and 94.3 %")))
        << shown("marginDetail").toStdString();
    type("sampleSize", "200");
    EXPECT_EQ(shown("margin"), QStringLiteral("±5.5 points at 95 %"));
}

TEST_F(SampleSizeCalculatorTest, ConfidenceLevelsFromTheKeyboard)
{
    type("proportion", "50");
    type("sampleSize", "100");
    auto* confidence = child<QComboBox>("confidence");
    QTest::keyClick(confidence, Qt::Key_Down);
    EXPECT_EQ(confidence->currentText(), QStringLiteral("99 %"));
    EXPECT_EQ(shown("margin"), QStringLiteral("±12.9 points at 99 %"));
    QTest::keyClick(confidence, Qt::Key_Up);
    QTest::keyClick(confidence, Qt::Key_Up);
    EXPECT_EQ(shown("margin"), QStringLiteral("±8.2 points at 90 %"));
}

TEST_F(SampleSizeCalculatorTest, PopulationNarrowsTheMargin)
{
    type("proportion", "50");
    type("sampleSize", "278");
    EXPECT_EQ(shown("margin"), QStringLiteral("±5.9 points at 95 %"));
    type("population", "1000");
    EXPECT_EQ(shown("margin"), QStringLiteral("±5.0 points at 95 %"));
    EXPECT_TRUE(shown("marginDetail").contains(QStringLiteral("population of 1,000 units")))
        << shown("marginDetail").toStdString();

    // More visits than units cannot be: the reason replaces the figure.
    type("population", "200");
    EXPECT_EQ(shown("margin"), QStringLiteral("–"));
    EXPECT_TRUE(shown("marginDetail").contains(QStringLiteral("cannot exceed the population (200)")))
        << shown("marginDetail").toStdString();
    EXPECT_EQ(cell(6, 2), QStringLiteral("every unit"));
    EXPECT_EQ(cell(6, 1), QStringLiteral("±0.0"));
}

TEST_F(SampleSizeCalculatorTest, VisitsNeededForATargetMargin)
{
    type("proportion", "50");
    type("targetPoints", "5");
    EXPECT_EQ(shown("requiredSize"), QStringLiteral("Visits needed: 385 for ±5.0 points at 95 %"));
    type("population", "500");
    EXPECT_EQ(shown("requiredSize"), QStringLiteral("Visits needed: 218 for ±5.0 points at 95 %"));
    type("population", "0"); // back to unlimited
    type("proportion", "80");
    EXPECT_EQ(shown("requiredSize"), QStringLiteral("Visits needed: 246 for ±5.0 points at 95 %"));
}

TEST_F(SampleSizeCalculatorTest, MeanScoresUseStudentsTForSmallSamples)
{
    QTest::mouseClick(child<QRadioButton>("meanMode"), Qt::LeftButton);
    EXPECT_TRUE(child<QDoubleSpinBox>("proportion")->isHidden());
    EXPECT_FALSE(child<QDoubleSpinBox>("standardDeviation")->isHidden());
    type("standardDeviation", "15");
    type("sampleSize", "25");
    EXPECT_EQ(shown("margin"), QStringLiteral("±6.19 at 95 %"));
    EXPECT_TRUE(shown("marginDetail").contains(QStringLiteral("24 degrees of freedom")))
        << shown("marginDetail").toStdString();
    type("targetMean", "2");
    EXPECT_EQ(shown("requiredSize"), QStringLiteral("Visits needed: 217 for ±2.00 at 95 %"));
    EXPECT_EQ(cell(3, 1), QStringLiteral("±5.37")); // n = 30: 1.96 × 15 / √30

    QTest::mouseClick(child<QRadioButton>("proportionMode"), Qt::LeftButton);
    EXPECT_TRUE(shown("margin").endsWith(QStringLiteral(" points at 95 %"))) << shown("margin").toStdString();
}

TEST_F(SampleSizeCalculatorTest, SmallBaseIsFlagged)
{
    m_calculator.setSmallBaseThreshold(5);
    type("sampleSize", "4");
    EXPECT_TRUE(smallBaseShown());
    EXPECT_TRUE(shown("smallBase").contains(QStringLiteral("Small base: fewer than 5 visits")))
        << shown("smallBase").toStdString();
    type("sampleSize", "5");
    EXPECT_FALSE(smallBaseShown());

    // The programme's own threshold moves the flag, in the table too.
    m_calculator.setSmallBaseThreshold(10);
    EXPECT_TRUE(smallBaseShown());
    EXPECT_TRUE(shown("smallBase").contains(QStringLiteral("fewer than 10 visits")))
        << shown("smallBase").toStdString();
    EXPECT_EQ(cell(0, 2), QStringLiteral("small base"));
    EXPECT_EQ(cell(1, 2), QString());
}

TEST_F(SampleSizeCalculatorTest, TableShowsTheTradeOff)
{
    type("proportion", "80");
    auto* table = child<QTableWidget>("marginTable");
    ASSERT_EQ(table->rowCount(), int(SampleSizeCalculator::tableSizes.size()));
    const QStringList visits { QStringLiteral("5"),  QStringLiteral("10"), QStringLiteral("20"),
                               QStringLiteral("30"), QStringLiteral("50"), QStringLiteral("100"),
                               QStringLiteral("200") };
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(cell(row, 0), visits[row]);
    EXPECT_EQ(cell(0, 1), QStringLiteral("±35.1"));
    EXPECT_EQ(cell(3, 1), QStringLiteral("±14.3"));
    EXPECT_EQ(cell(6, 1), QStringLiteral("±5.5"));
    // Margins shrink down the table.
    for (int row = 1; row < table->rowCount(); ++row)
        EXPECT_LT(cell(row, 1).mid(1).toDouble(), cell(row - 1, 1).mid(1).toDouble()) << row;
}

TEST_F(SampleSizeCalculatorTest, PresetsFromThePlan)
{
    m_calculator.setProportion(0.8);
    m_calculator.setSampleSize(30);
    m_calculator.setConfidence(0.90);
    m_calculator.setPopulation(68);
    EXPECT_EQ(child<QSpinBox>("population")->text(), QStringLiteral("68 units"));
    EXPECT_TRUE(shown("margin").endsWith(QStringLiteral(" points at 90 %"))) << shown("margin").toStdString();
    m_calculator.setPopulation(std::nullopt);
    EXPECT_EQ(child<QSpinBox>("population")->text(), QStringLiteral("Unlimited"));
    EXPECT_EQ(shown("margin"), QStringLiteral("±12.0 points at 90 %"));
}
