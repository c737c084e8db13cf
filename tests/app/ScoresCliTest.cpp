#include "CliRun.h"
#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>

// shopscope-cli scores and scores rescore, and check on stored scores, run as the real program
// on the demo programme.

namespace {

class ScoresCli : public ::testing::Test
{
protected:
    void SetUp() override { m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope")); }
    qint64 count(const QString& sql) const { return scalar(m_file, sql).toLongLong(); }
    TestFolder m_folder;
    QString m_file;
};

QStringList csvLines(const QString& out)
{
    return out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_F(ScoresCli, CsvMeanScoreByWave)
{
    const CliResult result
        = runCli({ QStringLiteral("scores"), m_file, QStringLiteral("--by"), QStringLiteral("wave") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = csvLines(result.out);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("wave,wave_name,n,mean,sd,margin,low,high,small_base"));
    EXPECT_EQ(
        lines.size() - 1,
        count(QStringLiteral("SELECT count(DISTINCT v.wave_id) FROM visit v WHERE v.status = 'approved'")));
    const QStringList october = lines.filter(QStringLiteral("W2026-10,")).value(0).split(QLatin1Char(','));
    ASSERT_EQ(october.size(), 9);
    EXPECT_EQ(october.at(1), QStringLiteral("October 2026"));
    const QString approved = QStringLiteral(
        "FROM visit_score s JOIN response r ON r.id = s.response_id JOIN visit v ON v.id = r.visit_id "
        "JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10' AND v.status = 'approved' "
        "AND s.score IS NOT NULL");
    EXPECT_EQ(october.at(2).toLongLong(), count(QStringLiteral("SELECT count(*) ") + approved));
    EXPECT_NEAR(october.at(3).toDouble(),
                scalar(m_file, QStringLiteral("SELECT avg(s.score) ") + approved).toDouble(), 1e-4);
    EXPECT_EQ(october.at(8), QStringLiteral("0"));
}

TEST_F(ScoresCli, JsonYesSharesOfOneWaveByRegion)
{
    const CliResult result = runCli(
        { QStringLiteral("scores"), m_file, QStringLiteral("--by"), QStringLiteral("region,question"),
          QStringLiteral("--wave"), QStringLiteral("October 2026"), QStringLiteral("--measure"),
          QStringLiteral("yes"), QStringLiteral("--filter"), QStringLiteral("question=GRT03"),
          QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("measure")).toString(), QStringLiteral("yes"));
    EXPECT_EQ(json.value(QStringLiteral("level")).toString(), QStringLiteral("question"));
    EXPECT_EQ(json.value(QStringLiteral("small_base_threshold")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("filters"))
                  .toObject()
                  .value(QStringLiteral("wave"))
                  .toArray()
                  .at(0)
                  .toString(),
              QStringLiteral("October 2026"));
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    ASSERT_GT(cells.size(), 3);
    qint64 answers = 0;
    qint64 yes = 0;
    for (const QJsonValue& value : cells) {
        const QJsonObject cell = value.toObject();
        EXPECT_EQ(cell.value(QStringLiteral("question")).toString(), QStringLiteral("GRT03"));
        EXPECT_TRUE(cell.contains(QStringLiteral("region")));
        const double n = cell.value(QStringLiteral("n")).toDouble();
        EXPECT_NEAR(cell.value(QStringLiteral("share")).toDouble(),
                    100 * cell.value(QStringLiteral("yes")).toDouble() / n, 1e-9);
        EXPECT_EQ(cell.value(QStringLiteral("small_base")).toBool(), n < 5);
        EXPECT_GT(cell.value(QStringLiteral("high")).toDouble(),
                  cell.value(QStringLiteral("low")).toDouble());
        answers += qint64(n);
        yes += cell.value(QStringLiteral("yes")).toInteger();
    }
    const QString from = QStringLiteral(
        "FROM answer a JOIN question q ON q.id = a.question_id JOIN question_option o ON o.id = a.option_id "
        "JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id "
        "JOIN wave w ON w.id = v.wave_id WHERE q.code = 'GRT03' AND w.code = 'W2026-10' "
        "AND v.status = 'approved' ");
    EXPECT_EQ(answers, count(QStringLiteral("SELECT count(*) ") + from + QStringLiteral("AND o.is_na = 0")));
    EXPECT_EQ(yes, count(QStringLiteral("SELECT count(*) ") + from + QStringLiteral("AND o.code = 'yes'")));
}

TEST_F(ScoresCli, BadArgumentsAreNamedAndExitWithTwo)
{
    const CliResult by
        = runCli({ QStringLiteral("scores"), m_file, QStringLiteral("--by"), QStringLiteral("wave,branch") });
    EXPECT_EQ(by.exitCode, 2);
    EXPECT_TRUE(by.err.contains(QStringLiteral("--by"))) << by.err.toStdString();
    EXPECT_TRUE(by.err.contains(QStringLiteral("“branch” is not a dimension"))) << by.err.toStdString();
    EXPECT_TRUE(by.out.isEmpty());

    const CliResult measure
        = runCli({ QStringLiteral("scores"), m_file, QStringLiteral("--measure"), QStringLiteral("median") });
    EXPECT_EQ(measure.exitCode, 2);
    EXPECT_TRUE(measure.err.contains(QStringLiteral("--measure"))) << measure.err.toStdString();

    const CliResult filter = runCli(
        { QStringLiteral("scores"), m_file, QStringLiteral("--filter"), QStringLiteral("region=Atlantis") });
    EXPECT_EQ(filter.exitCode, 2);
    EXPECT_TRUE(filter.err.contains(QStringLiteral("region=Atlantis: there is no such region")))
        << filter.err.toStdString();

    const CliResult format
        = runCli({ QStringLiteral("scores"), m_file, QStringLiteral("--format"), QStringLiteral("xml") });
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral("--format"))) << format.err.toStdString();
}

TEST_F(ScoresCli, CheckNamesAnAlteredScoreAndRescoreRepairsIt)
{
    const qint64 victim = count(QStringLiteral(
        "SELECT response_id FROM visit_score WHERE score > 20 ORDER BY response_id LIMIT 1 OFFSET 42"));
    tamper(m_file,
           QStringLiteral("UPDATE visit_score SET score = score - 20 WHERE response_id = %1").arg(victim));
    const CliResult check = runCli({ QStringLiteral("check"), m_file });
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(QStringLiteral("report %1: visit score").arg(victim)))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("[scores]")));
    const CliResult checked = runCli({ QStringLiteral("check"), m_file, QStringLiteral("--json") });
    EXPECT_EQ(checked.exitCode, 1);
    const QJsonArray problems
        = QJsonDocument::fromJson(checked.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("scores"));
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);

    const CliResult rescore
        = runCli({ QStringLiteral("scores"), QStringLiteral("rescore"), m_file, QStringLiteral("--json") });
    ASSERT_EQ(rescore.exitCode, 0) << rescore.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(rescore.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("reports")).toInteger(),
              count(QStringLiteral("SELECT count(*) FROM response")));
    EXPECT_EQ(json.value(QStringLiteral("section_scores")).toInteger(),
              count(QStringLiteral("SELECT count(*) FROM section_score")));
    EXPECT_GT(json.value(QStringLiteral("question_scores")).toInteger(),
              json.value(QStringLiteral("reports")).toInteger() * 20);
    EXPECT_GE(json.value(QStringLiteral("seconds")).toDouble(), 0.0);
    EXPECT_EQ(runCli({ QStringLiteral("check"), m_file }).exitCode, 0);

    const CliResult text = runCli({ QStringLiteral("scores"), QStringLiteral("rescore"), m_file });
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Rescored "))) << text.out.toStdString();
}

// A rescoring killed at any instant leaves the scores as they were or all new, never a mix:
// they are written in one transaction.
TEST_F(ScoresCli, AKilledRescoringLeavesOldOrNewScoresNeverAMix)
{
    const qint64 reports = count(QStringLiteral("SELECT count(*) FROM response"));
    for (const int delay : { 5, 25, 45, 70, 100 }) {
        tamper(m_file, QStringLiteral("UPDATE visit_score SET score = 1"));
        QProcess writer;
        writer.start(QStringLiteral(SHOPSCOPE_CLI),
                     { QStringLiteral("scores"), QStringLiteral("rescore"), m_file });
        ASSERT_TRUE(writer.waitForStarted(10000));
        QThread::msleep(static_cast<unsigned long>(delay));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(10000));
        // The next ShopScope to open the file for editing rolls back a hot journal.
        EXPECT_EQ(runCli({ QStringLiteral("scores"), m_file, QStringLiteral("--by"), QStringLiteral("wave") })
                      .exitCode,
                  0);
        const qint64 old = count(QStringLiteral("SELECT count(*) FROM visit_score WHERE score = 1"));
        EXPECT_TRUE(old == reports || old == 0) << "after " << delay << " ms: " << old << " of " << reports;
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM visit_score")), reports);
        EXPECT_EQ(scalar(m_file, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}
