#include "CliRun.h"

#include "support/TestProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli assign, run as the real program on a copy of the demo programme.

namespace {
CliResult assign(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("assign")} + arguments);
}

QByteArray bytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject json(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

TEST(AssignCli, DryRunPrintsCountsCostAndReasonsAndWritesNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QByteArray before = bytes(file);
    const CliResult result = assign({file, QStringLiteral("--wave"), QStringLiteral("December 2026"), QStringLiteral("--dry-run")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const char* expected : {"Dry run for wave W2026-12 (nothing written):", "open visits", "assigned,", "unassigned",
                                 "total cost", "(optimal, proven)", "Why visits stay unassigned:", "too far away",
                                 "No shopper within 40 km fits the profile"})
        EXPECT_TRUE(result.out.contains(QString::fromUtf8(expected))) << expected << "\n" << result.out.toStdString();
    EXPECT_EQ(bytes(file), before) << "a dry run leaves the file byte for byte";
}

TEST(AssignCli, WritesOnceAndExplainsEveryUnassignedVisitInJson)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    CliResult result = assign({file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--json"), QStringLiteral("--list")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonObject first = json(result);
    const int open = first.value(QStringLiteral("open_visits")).toInt();
    const int assigned = first.value(QStringLiteral("assigned")).toInt();
    const int unassigned = first.value(QStringLiteral("unassigned")).toInt();
    EXPECT_GT(assigned, 50);
    EXPECT_EQ(assigned + unassigned, open);
    EXPECT_TRUE(first.value(QStringLiteral("written")).toBool());
    EXPECT_TRUE(first.value(QStringLiteral("proven_optimal")).toBool());
    EXPECT_EQ(first.value(QStringLiteral("changes")).toInt(), assigned);
    EXPECT_EQ(first.value(QStringLiteral("assignments")).toArray().size(), assigned);
    EXPECT_EQ(first.value(QStringLiteral("unassigned_visits")).toArray().size(), unassigned);
    int reasoned = 0;
    for (const QJsonValue& reason : first.value(QStringLiteral("reasons")).toArray())
        reasoned += reason.toObject().value(QStringLiteral("visits")).toInt();
    EXPECT_EQ(reasoned, unassigned) << "every unassigned visit has its reason";
    for (const QJsonValue& value : first.value(QStringLiteral("unassigned_visits")).toArray()) {
        const QJsonObject visit = value.toObject();
        EXPECT_FALSE(visit.value(QStringLiteral("text")).toString().isEmpty());
        EXPECT_EQ(visit.value(QStringLiteral("funnel")).toArray().size(), 7);
    }
    const double total = first.value(QStringLiteral("total_cost")).toDouble();
    double summed = 0;
    for (const QJsonValue& value : first.value(QStringLiteral("assignments")).toArray())
        summed += value.toObject().value(QStringLiteral("cost")).toObject().value(QStringLiteral("total")).toDouble();
    EXPECT_NEAR(summed, total, 0.01) << "the total is the sum of the assignments' costs";
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-12' "
                                          "AND v.status = 'assigned' AND v.assigned_by = 'auto'")).toInt(),
              assigned);

    // Again: the same optimum, so nothing changes and nothing is written.
    const QByteArray written = bytes(file);
    result = assign({file, QStringLiteral("--wave"), QStringLiteral("W2026-12")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Wave W2026-12: nothing to change."))) << result.out.toStdString();
    EXPECT_EQ(bytes(file), written);
}

TEST(AssignCli, RulesAreShownAndChangedFieldByField)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    CliResult result = assign({QStringLiteral("rules"), file, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(json(result).value(QStringLiteral("source")).toString(), QStringLiteral("default"));
    EXPECT_EQ(json(result).value(QStringLiteral("lockout_days_in_effect")).toInt(), 60);
    const int before = json(assign({file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--json")}))
                           .value(QStringLiteral("unassigned"))
                           .toInt();

    result = assign({QStringLiteral("rules"), file, QStringLiteral("--set"), QStringLiteral(R"({"distance":{"max_km":120}})")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rules from: programme"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("\"max_km\": 120"))) << result.out.toStdString();
    result = assign({QStringLiteral("rules"), file, QStringLiteral("--json")});
    const QJsonObject rules = json(result).value(QStringLiteral("rules")).toObject();
    EXPECT_EQ(rules.value(QStringLiteral("distance")).toObject().value(QStringLiteral("max_km")).toDouble(), 120.0);
    EXPECT_EQ(rules.value(QStringLiteral("costs")).toObject().value(QStringLiteral("workload")).toDouble(), 5.0)
        << "fields not named keep their values";
    const int after = json(assign({file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--dry-run"),
                                   QStringLiteral("--json")}))
                          .value(QStringLiteral("unassigned"))
                          .toInt();
    EXPECT_LT(after, before) << "a wider reach leaves fewer visits unassigned";

    result = assign({QStringLiteral("rules"), file, QStringLiteral("--reset")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Rules from: default"))) << result.out.toStdString();
}

TEST(AssignCli, BadArgumentsAndClosedWavesChangeNothing)
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
    const QString missing = folder.path(QStringLiteral("missing.shopscope"));
    for (const Case& bad : {Case{{file}, 2, "give the wave with --wave NAME"},
                            Case{{file, QStringLiteral("--wave"), QStringLiteral("W1999-01")}, 1, "There is no wave with the code or name “W1999-01”"},
                            Case{{file, QStringLiteral("--wave"), QStringLiteral("W2026-10")}, 1, "its fieldwork is over"},
                            Case{{file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--seed"), QStringLiteral("many")}, 2,
                                 "--seed must be a whole number"},
                            Case{{file, QStringLiteral("W2026-12"), QStringLiteral("extra")}, 2, "expected FILE --wave NAME or rules FILE"},
                            Case{{file, QStringLiteral("--wave"), QStringLiteral("W2026-12"), QStringLiteral("--set"), QStringLiteral("{}")}, 2,
                                 "--set and --reset belong to 'assign rules FILE'"},
                            Case{{QStringLiteral("rules"), file, QStringLiteral("--set"), QStringLiteral("{max_km: 5")}, 2, "--set is not a JSON object"},
                            Case{{QStringLiteral("rules"), file, QStringLiteral("--set"), QStringLiteral(R"({"distance":{"max_km":-1}})")}, 2,
                                 "distance.max_km: must be a number above 0"},
                            Case{{QStringLiteral("rules"), file, QStringLiteral("--set"), QStringLiteral(R"({"lockout":{"weeks":2}})")}, 2,
                                 "lockout.weeks: unknown setting"},
                            Case{{QStringLiteral("rules"), file, QStringLiteral("--set"), QStringLiteral("{}"), QStringLiteral("--reset")}, 2,
                                 "give --set or --reset, not both"},
                            Case{{missing, QStringLiteral("--wave"), QStringLiteral("W2026-12")}, 1, "missing.shopscope"}}) {
        const CliResult result = assign(bad.arguments);
        EXPECT_EQ(result.exitCode, bad.exitCode) << bad.arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QString::fromUtf8(bad.message))) << bad.message << " ← " << result.err.toStdString();
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << "one line: " << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
    EXPECT_EQ(bytes(file), before);
}
