#include "CliRun.h"

#include "assignment/AssignmentSession.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli visits, run as the real program on a copy of the demo programme.

namespace {
CliResult visits(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("visits")} + arguments);
}
} // namespace

TEST(CliVisits, ListSetAndHistory)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    CliResult result = visits({QStringLiteral("list"), file, QStringLiteral("--status"), QStringLiteral("assigned"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray assigned = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("visits")).toArray();
    ASSERT_EQ(assigned.size(), scalar(file, QStringLiteral("SELECT count(*) FROM visit WHERE status = 'assigned'")).toInt());
    const QJsonObject first = assigned.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    EXPECT_FALSE(first.value(QStringLiteral("shopper")).toString().isEmpty());
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());

    result = visits({QStringLiteral("set"), file, id, QStringLiteral("--action"), QStringLiteral("accept"), QStringLiteral("--note"),
                     QStringLiteral("phoned")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("Accepted by the shopper: 1 visit\n"));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(id)).toString(), QStringLiteral("accepted"));

    result = visits({QStringLiteral("history"), file, id, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    ASSERT_GE(events.size(), 2);
    EXPECT_EQ(events.last().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_EQ(events.last().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("phoned"));
}

TEST(CliVisits, BadArgumentsAndRefusalsNameTheProblemAndChangeNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString before = scalar(file, QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-'), ';') FROM visit")).toString();
    const QString done = scalar(file, QStringLiteral("SELECT min(id) FROM visit WHERE status = 'done'")).toString();

    CliResult result = visits({QStringLiteral("set"), file, QStringLiteral("12,x"), QStringLiteral("--action"), QStringLiteral("accept")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: visits set: “12,x” is not a list of visit numbers (e.g. 12,15,18)\n"));
    result = visits({QStringLiteral("set"), file, done, QStringLiteral("--action"), QStringLiteral("fly")});
    EXPECT_EQ(result.exitCode, 2);
    result = visits({QStringLiteral("set"), file, done, QStringLiteral("--action"), QStringLiteral("accept")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("visit %1 is done: only an assigned visit can be accepted; nothing changed").arg(done)))
        << result.err.toStdString();
    result = visits({QStringLiteral("assign"), file, done, QStringLiteral("--shopper"), QStringLiteral("NOBODY")});
    EXPECT_EQ(result.exitCode, 1);
    result = visits({QStringLiteral("list"), file, QStringLiteral("--wave"), QStringLiteral("W1999-01")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("W1999-01"))) << result.err.toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-'), ';') FROM visit")).toString(), before);
}

TEST(CliVisits, ExportWritesTheSheetTheListsAndOnePagePerShopper)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString wave = scalar(file, QStringLiteral("SELECT w.code FROM visit v JOIN wave w ON w.id = v.wave_id WHERE v.status IN "
                                                     "('assigned', 'accepted') GROUP BY w.id ORDER BY count(*) DESC LIMIT 1")).toString();
    const QString out = folder.path(QStringLiteral("lists"));
    const CliResult result = visits({QStringLiteral("export"), file, QStringLiteral("--wave"), wave, QStringLiteral("--out"), out,
                                      QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const int shoppers = scalar(file, QStringLiteral("SELECT count(DISTINCT v.shopper_id) FROM visit v JOIN wave w ON w.id = v.wave_id "
                                                     "WHERE w.code = '%1' AND v.status IN ('assigned', 'accepted')").arg(wave)).toInt();
    EXPECT_EQ(summary.value(QStringLiteral("shoppers")).toInt(), shoppers);
    EXPECT_EQ(QDir(out).entryList({QStringLiteral("*.html")}).size(), shoppers);
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(wave + QStringLiteral("-fieldwork-sheet.csv"))));
    EXPECT_EQ(visits({QStringLiteral("export"), file, QStringLiteral("--wave"), wave}).exitCode, 2);
}

TEST(CliVisits, AssignByHandRefusesAHardRuleWithItsReasonAndWarnsOfSoftOnes)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString visit = scalar(file, QStringLiteral("SELECT min(v.id) FROM visit v JOIN wave w ON w.id = v.wave_id "
                                                      "WHERE v.status = 'planned' AND w.status NOT IN ('closed', 'reported')")).toString();
    ASSERT_FALSE(visit.isEmpty());
    const QString blocked = scalar(file, QStringLiteral("SELECT code FROM shopper WHERE status <> 'active' ORDER BY code LIMIT 1")).toString();
    ASSERT_FALSE(blocked.isEmpty());
    const QString before = scalar(file, QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-'), ';') FROM visit")).toString();

    CliResult result = visits({QStringLiteral("assign"), file, visit, QStringLiteral("--shopper"), blocked});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("visit %1 cannot go to %2: ").arg(visit, blocked))) << result.err.toStdString();
    EXPECT_TRUE(result.err.endsWith(QStringLiteral("; nothing changed\n"))) << result.err.toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT group_concat(id || status || ifnull(shopper_id, '-'), ';') FROM visit")).toString(), before);

    // The engine's own ranking: the cheapest shopper passes; the dearest of those who may warns
    // that others cost less.
    std::vector<QString> ranked;
    {
        ProjectError error;
        const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(project) << error.message.toStdString();
        QString problem;
        const auto session = AssignmentSession::forVisit(project->database(), visit.toLongLong(), &problem);
        ASSERT_TRUE(session) << problem.toStdString();
        for (const auto& candidate : session->candidates(session->visitIndex(visit.toLongLong()), -1))
            ranked.push_back(session->problem().shoppers[size_t(candidate.shopper)].code);
    }
    ASSERT_GE(ranked.size(), 2u);
    result = visits({QStringLiteral("assign"), file, visit, QStringLiteral("--shopper"), ranked.back(), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(answer.value(QStringLiteral("shopper")).toString(), ranked.back());
    EXPECT_GT(answer.value(QStringLiteral("cost")).toDouble(), 0);
    const QStringList warnings = answer.value(QStringLiteral("warnings")).toVariant().toStringList();
    EXPECT_TRUE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("would cost less; the cheapest is %1").arg(ranked.front())))
        << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT s.code || '/' || v.assigned_by FROM visit v JOIN shopper s ON s.id = v.shopper_id "
                                          "WHERE v.id = %1").arg(visit)).toString(),
              ranked.back() + QStringLiteral("/manual"));
}
