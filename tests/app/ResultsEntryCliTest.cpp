#include "CliRun.h"

#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli results show / enter, run as the real program on a copy of the demo programme.

TEST(CliResultsEntry, ADraftIsTypedOnTheCommandLineAndABadAnswerChangesNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString visit = QString::number(visitAwaitingReport(file));
    ASSERT_NE(visit, QStringLiteral("0"));

    CliResult result = runCli({QStringLiteral("results"), QStringLiteral("enter"), file, visit, QStringLiteral("--answer"),
                               QStringLiteral("GRT01=yes"), QStringLiteral("--answer"), QStringLiteral("NDS01=maybe"), QStringLiteral("--draft")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: results enter: visit %1: “maybe” is not an answer to NDS01 (yes, no, or their labels).\n"
                                         "shopscope-cli: results enter: nothing was saved\n")
                              .arg(visit));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM response WHERE visit_id = %1").arg(visit)).toInt(), 0);

    result = runCli({QStringLiteral("results"), QStringLiteral("enter"), file, visit, QStringLiteral("--answer"), QStringLiteral("GRT01=Jā"),
                     QStringLiteral("--answer"), QStringLiteral("GRT03=no"), QStringLiteral("--comment-for"), QStringLiteral("GRT03=No name badge"),
                     QStringLiteral("--time"), QStringLiteral("14:05"), QStringLiteral("--minutes"), QStringLiteral("22"), QStringLiteral("--draft"),
                     QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("saved")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(json.value(QStringLiteral("report")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(json.value(QStringLiteral("score")).toDouble(), 50.0); // one yes, one no
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(visit)).toString(), QStringLiteral("accepted"));

    // Submitting it now names every mandatory question still without an answer.
    result = runCli({QStringLiteral("results"), QStringLiteral("enter"), file, visit});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("visit %1: GRT02 is mandatory and has no answer.").arg(visit))) << result.err.toStdString();

    result = runCli({QStringLiteral("results"), QStringLiteral("show"), file, visit, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("visited_at")).toString(), QStringLiteral("14:05"));
    EXPECT_EQ(json.value(QStringLiteral("minutes")).toInt(), 22);
    const QJsonObject grt03 = json.value(QStringLiteral("answers")).toArray().at(2).toObject();
    EXPECT_EQ(grt03.value(QStringLiteral("question")).toString(), QStringLiteral("GRT03"));
    EXPECT_EQ(grt03.value(QStringLiteral("value")).toString(), QStringLiteral("no"));
    EXPECT_EQ(grt03.value(QStringLiteral("comment")).toString(), QStringLiteral("No name badge"));
    EXPECT_TRUE(grt03.value(QStringLiteral("comment_required")).toBool());
    EXPECT_FALSE(json.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("GRT01")));
    EXPECT_TRUE(json.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("GRT02")));

    result = runCli({QStringLiteral("results"), QStringLiteral("enter"), file, QStringLiteral("twelve")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: results enter: “twelve” is not a visit number\n"));
    result = runCli({QStringLiteral("results"), QStringLiteral("enter"), file, visit, QStringLiteral("--answer"), QStringLiteral("GRT01")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: results enter: --answer “GRT01”: expected CODE=VALUE\n"));
}
