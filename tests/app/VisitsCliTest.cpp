#include "CliRun.h"

#include "support/TestProject.h"

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
