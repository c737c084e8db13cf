#include "CliRun.h"

#include "support/PlanProject.h"
#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

// shopscope-cli plan summary, run as the real program on the crafted plan of PlanProject.h.

namespace {
using Result = CliResult;

Result planSummary(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("plan"), QStringLiteral("summary")} + arguments);
}

class PlanSummaryCli : public ::testing::Test
{
protected:
    void SetUp() override { m_file = writePlanProject(m_folder.path(QStringLiteral("plan.shopscope"))); }
    TestFolder m_folder;
    QString m_file;
};
} // namespace

TEST_F(PlanSummaryCli, JsonCellsTotalsAndLevels)
{
    const Result result
        = planSummary({ m_file, QStringLiteral("--wave"), QStringLiteral("January 2027"),
                        QStringLiteral("--by"), QStringLiteral("region"), QStringLiteral("--json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("wave")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("W2027-01"));
    EXPECT_EQ(json.value(QStringLiteral("small_base_threshold")).toInt(), 5);
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(cells.size(), 4);
    const QJsonObject riga = cells.at(1).toObject();
    EXPECT_EQ(riga.value(QStringLiteral("region")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Rīga"));
    EXPECT_EQ(riga.value(QStringLiteral("region")).toObject().value(QStringLiteral("country")).toString(),
              QStringLiteral("Latvia"));
    EXPECT_EQ(riga.value(QStringLiteral("visits")).toInt(), 5);
    EXPECT_DOUBLE_EQ(riga.value(QStringLiteral("budget")).toDouble(), 177.5);
    EXPECT_NEAR(riga.value(QStringLiteral("margin")).toDouble(), 0.3506, 5e-4);
    EXPECT_FALSE(riga.value(QStringLiteral("too_small")).toBool());
    EXPECT_TRUE(cells.at(0).toObject().value(QStringLiteral("too_small")).toBool()) << "Kurzeme has 4 visits";
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    EXPECT_EQ(total.value(QStringLiteral("visits")).toInt(), 12);
    EXPECT_DOUBLE_EQ(total.value(QStringLiteral("budget")).toDouble(), 285.0);
    const QJsonArray levels = json.value(QStringLiteral("levels")).toArray();
    ASSERT_EQ(levels.size(), 3);
    EXPECT_EQ(levels.at(1).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("region"));
    EXPECT_EQ(levels.at(1).toObject().value(QStringLiteral("too_small")).toInt(), 3);
}

TEST_F(PlanSummaryCli, TextTableWithTotalsAndFlags)
{
    const Result result = planSummary({ m_file, QStringLiteral("--by"), QStringLiteral("wave,scenario") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0), QStringLiteral("Plan summary of all waves, by wave, scenario"));
    EXPECT_TRUE(lines.value(1).startsWith(QStringLiteral("Wave"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("W2027-01\\s+COMPLAINT\\s+6\\s+72.00\\s+±32.0 points\\n"))))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("W2027-02\\s+MORTGAGE\\s+5\\s+177.50\\s+±35.1 points\\n"))))
        << result.out.toStdString();
    EXPECT_TRUE(
        result.out.contains(QRegularExpression(QStringLiteral("Total\\s+17\\s+462.50\\s+±19.0 points\\n"))))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("small-base threshold (5)"))) << result.out.toStdString();
    // Readings per wave: January's four regions and February's Rīga; three are below 5 visits.
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("\\nregions\\s+5\\s+1\\s+±78.4 points\\s+3\\n"))))
        << result.out.toStdString();
}

TEST_F(PlanSummaryCli, SmallCellsAreMarked)
{
    const Result result = planSummary({ m_file, QStringLiteral("--wave"), QStringLiteral("W2027-01"),
                                        QStringLiteral("--by"), QStringLiteral("location") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QRegularExpression(
        QStringLiteral("NO-001\\s+Oslo Sentrum\\s+1\\s+35.50\\s+±78.4 points\\s+too small\\n"))))
        << result.out.toStdString();
}

TEST_F(PlanSummaryCli, CsvForSpreadsheets)
{
    const Result result
        = planSummary({ m_file, QStringLiteral("--wave"), QStringLiteral("W2027-01"), QStringLiteral("--by"),
                        QStringLiteral("region,channel"), QStringLiteral("--csv") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << result.out.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("row,country,region,channel,visits,budget,margin,too_small"));
    EXPECT_EQ(lines.at(2), QStringLiteral("cell,Latvia,Rīga,visit,5,177.50,0.3506,false"));
    EXPECT_EQ(lines.at(4), QStringLiteral("cell,,,web,2,24.00,0.5544,true"));
    EXPECT_EQ(lines.at(5), QStringLiteral("total,,,,12,285.00,0.2263,false"));
}

TEST_F(PlanSummaryCli, WaveWithoutVisitsAndErrors)
{
    tamper(m_file,
           QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES "
                          "('W2027-09', 'September 2027', '2027-09-01', '2027-09-30')"));
    Result result = planSummary({ m_file, QStringLiteral("--wave"), QStringLiteral("W2027-09") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("No planned visits in this wave.")))
        << result.out.toStdString();

    result = planSummary({ m_file, QStringLiteral("--wave"), QStringLiteral("W2031-01") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err,
              QStringLiteral("shopscope-cli: plan summary: %1: There is no wave with the code or name "
                             "“W2031-01”.\n")
                  .arg(m_file));

    result = planSummary({ m_file, QStringLiteral("--by"), QStringLiteral("region,shop") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("shopscope-cli: plan summary: --by: “shop”")))
        << result.err.toStdString();

    result = planSummary({ m_file, QStringLiteral("--json"), QStringLiteral("--csv") });
    EXPECT_EQ(result.exitCode, 2);
    result = planSummary({ m_folder.path(QStringLiteral("missing.shopscope")) });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1);
}
