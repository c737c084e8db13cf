#include "CliRun.h"

#include "support/TestProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli plan, run as the real program on a copy of the demo programme.

namespace {
using Result = CliResult;

Result plan(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("plan")} + arguments);
}

QByteArray bytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST(PlanCli, DryRunPrintsTheQuotaCheckAndWritesNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QByteArray before = bytes(file);
    const Result result = plan({QStringLiteral("generate"), file, QStringLiteral("--wave"), QStringLiteral("W2026-12"),
                                QStringLiteral("--visits"), QStringLiteral("3"), QStringLiteral("--weekday"), QStringLiteral("saturday=30%"),
                                QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_FALSE(json.value(QStringLiteral("written")).toBool());
    EXPECT_TRUE(json.value(QStringLiteral("quotas_hold")).toBool());
    EXPECT_GT(json.value(QStringLiteral("new_visits")).toInt(), 200);
    bool sawSaturday = false;
    for (const QJsonValue& value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("scope")).toString().isEmpty() && check.value(QStringLiteral("dimension")).toString() == QLatin1String("weekday")
            && check.value(QStringLiteral("cell")).toString() == QLatin1String("6")) {
            sawSaturday = true;
            EXPECT_NEAR(check.value(QStringLiteral("asked")).toDouble(), 0.3 * json.value(QStringLiteral("new_visits")).toInt(), 0.1);
        }
    }
    EXPECT_TRUE(sawSaturday);
    EXPECT_EQ(bytes(file), before) << "a dry run leaves the file byte for byte";
}

TEST(PlanCli, GenerateWritesAndStoresTheRules)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    Result result = plan({QStringLiteral("generate"), file, QStringLiteral("--wave"), QStringLiteral("December 2026"),
                          QStringLiteral("--visits"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("5")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Generated wave W2026-12"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Saturday"))) << "the quota check table is printed";
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-12'")).toInt(),
              2 * scalar(file, QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 0 AND active = 1")).toInt());
    result = plan({QStringLiteral("rules"), file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject rules = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(rules.value(QStringLiteral("source")).toString(), QStringLiteral("wave"));
    EXPECT_EQ(rules.value(QStringLiteral("rules")).toObject().value(QStringLiteral("visits")).toObject().value(QStringLiteral("count")).toInt(), 2);
}

TEST(PlanCli, BadArgumentsAndImpossiblePlansChangeNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QByteArray before = bytes(file);
    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char* message;
    };
    const QString w = QStringLiteral("W2026-12");
    for (const Case& c : {Case{{QStringLiteral("--weekday"), QStringLiteral("saturday")}, 2, "--weekday must look like saturday=0.3"},
                          Case{{QStringLiteral("--weekday"), QStringLiteral("saturday=0.7"), QStringLiteral("--weekday"), QStringLiteral("friday=0.5")}, 2, "more than 100 %"},
                          Case{{QStringLiteral("--visits"), QStringLiteral("many")}, 2, "--visits must be a whole number"},
                          Case{{QStringLiteral("--seed"), QStringLiteral("-3")}, 2, "--seed must be a whole number"},
                          Case{{QStringLiteral("--weekday"), QStringLiteral("sunday=0.5")}, 1, "the plan is impossible"},
                          Case{{QStringLiteral("--scenarios"), QStringLiteral("NOPE")}, 1, "no scenario has the code “NOPE”"}}) {
        const Result result = plan(QStringList{QStringLiteral("generate"), file, QStringLiteral("--wave"), w} + c.arguments);
        EXPECT_EQ(result.exitCode, c.exitCode) << c.arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains(QString::fromUtf8(c.message))) << result.err.toStdString();
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << "one line";
    }
    const Result closed = plan({QStringLiteral("generate"), file, QStringLiteral("--wave"), QStringLiteral("W2026-10")});
    EXPECT_EQ(closed.exitCode, 1);
    EXPECT_TRUE(closed.err.contains(QStringLiteral("closed wave takes no new visits"))) << closed.err.toStdString();
    EXPECT_EQ(bytes(file), before);
}
