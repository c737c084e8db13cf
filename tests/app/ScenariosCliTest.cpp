#include "CliRun.h"

#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli scenarios, run as the real program on a copy of the demo programme.

namespace {
using Result = CliResult;

Result scenarios(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("scenarios")} + arguments);
}

QJsonObject json(const QStringList& arguments)
{
    const Result result = scenarios(arguments + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// Everything of the scenario tables in one string, to prove a failed command changed nothing.
QString everything(const QString& file)
{
    return scalar(file, QStringLiteral(
                            "SELECT (SELECT group_concat(id || code || channel || ifnull(version_id, '-') || fee || "
                            "ifnull(expected_minutes, '-') || ifnull(min_age, '-') || ifnull(max_age, '-') || "
                            "ifnull(gender, '-') || active, ';') FROM scenario) || "
                            "(SELECT group_concat(scenario_id || language || title || script, ';') FROM scenario_text) || "
                            "(SELECT ifnull(group_concat(scenario_id || kind || value, ';'), '') FROM scenario_requirement)"))
        .toString();
}

// A failure is one line on stderr that names what is wrong.
void expectOneLine(const Result& result, int exitCode, const QString& phrase)
{
    EXPECT_EQ(result.exitCode, exitCode) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("shopscope-cli: scenarios"))) << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(phrase)) << result.err.toStdString();
}
} // namespace

TEST(ScenariosCli, ListsAndShowsEveryFieldAndText)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QJsonArray list = json({QStringLiteral("list"), file}).value(QStringLiteral("scenarios")).toArray();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("CARD_COMPLAINT"));

    const QJsonObject mortgage = json({QStringLiteral("show"), file, QStringLiteral("MORTGAGE")});
    EXPECT_EQ(mortgage.value(QStringLiteral("channel")).toString(), QStringLiteral("visit"));
    EXPECT_EQ(mortgage.value(QStringLiteral("fee")).toDouble(), 35.0);
    EXPECT_EQ(mortgage.value(QStringLiteral("expected_minutes")).toInt(), 25);
    EXPECT_EQ(mortgage.value(QStringLiteral("min_age")).toInt(), 25);
    EXPECT_EQ(mortgage.value(QStringLiteral("max_age")).toInt(), 45);
    EXPECT_TRUE(mortgage.value(QStringLiteral("gender")).isNull());
    EXPECT_TRUE(mortgage.value(QStringLiteral("active")).toBool());
    EXPECT_TRUE(mortgage.value(QStringLiteral("questionnaire")).toString().endsWith(QStringLiteral(":1")));
    EXPECT_EQ(mortgage.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("not-customer")});
    EXPECT_GT(mortgage.value(QStringLiteral("visits")).toInt(), 0);
    const QJsonObject texts = mortgage.value(QStringLiteral("texts")).toObject();
    EXPECT_EQ(texts.value(QStringLiteral("en")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("First-home mortgage enquiry"));
    EXPECT_TRUE(texts.value(QStringLiteral("lv")).toObject().value(QStringLiteral("title")).toString().startsWith(
        QStringLiteral("Hipotekārā kredīta")));
    EXPECT_TRUE(mortgage.value(QStringLiteral("missing_translations")).toArray().isEmpty());

    const Result text = scenarios({QStringLiteral("show"), file, QStringLiteral("MORTGAGE")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("aged 25–45, any gender"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("[lv] Hipotekārā kredīta"))) << text.out.toStdString();

    expectOneLine(scenarios({QStringLiteral("show"), file, QStringLiteral("NOPE")}), 1, QStringLiteral("there is no scenario NOPE"));
}

TEST(ScenariosCli, SaveCreatesThenChangesOnlyWhatIsGiven)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString script = folder.writeFile(QStringLiteral("script.txt"),
                                            QStringLiteral("Ask about a car loan.\nMention your old Škoda.\n").toUtf8());
    const QJsonObject created = json({QStringLiteral("save"), file, QStringLiteral("--code"), QStringLiteral("CAR_LOAN"),
                                      QStringLiteral("--channel"), QStringLiteral("visit"), QStringLiteral("--fee"),
                                      QStringLiteral("28.50"), QStringLiteral("--minutes"), QStringLiteral("30"),
                                      QStringLiteral("--age"), QStringLiteral("30-55"), QStringLiteral("--gender"),
                                      QStringLiteral("female"), QStringLiteral("--language"), QStringLiteral("lv"),
                                      QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("--tag"),
                                      QStringLiteral("has-car"), QStringLiteral("--title"), QStringLiteral("en=Car loan"),
                                      QStringLiteral("--script-file"), QStringLiteral("en=") + script});
    EXPECT_TRUE(created.value(QStringLiteral("created")).toBool());
    QJsonObject loan = created.value(QStringLiteral("scenario")).toObject();
    EXPECT_EQ(loan.value(QStringLiteral("fee")).toDouble(), 28.5);
    EXPECT_EQ(loan.value(QStringLiteral("min_age")).toInt(), 30);
    EXPECT_EQ(loan.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
    EXPECT_EQ(loan.value(QStringLiteral("languages")).toArray(), (QJsonArray{QStringLiteral("lv"), QStringLiteral("ru")}));
    EXPECT_EQ(loan.value(QStringLiteral("texts")).toObject().value(QStringLiteral("en")).toObject().value(QStringLiteral("script")).toString(),
              QStringLiteral("Ask about a car loan.\nMention your old Škoda."));
    EXPECT_EQ(loan.value(QStringLiteral("missing_translations")).toArray(), QJsonArray{QStringLiteral("lv")});
    EXPECT_TRUE(loan.value(QStringLiteral("questionnaire")).isNull()) << "none chosen yet";

    // Only the fee and the Latvian title change; every other field stays.
    loan = json({QStringLiteral("save"), file, QStringLiteral("--code"), QStringLiteral("CAR_LOAN"), QStringLiteral("--fee"),
                 QStringLiteral("30"), QStringLiteral("--title"), QStringLiteral("lv=Auto līzings"), QStringLiteral("--version"),
                 QStringLiteral("NB-EVAL")})
               .value(QStringLiteral("scenario"))
               .toObject();
    EXPECT_EQ(loan.value(QStringLiteral("fee")).toDouble(), 30.0);
    EXPECT_EQ(loan.value(QStringLiteral("max_age")).toInt(), 55);
    EXPECT_EQ(loan.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("has-car")});
    EXPECT_EQ(loan.value(QStringLiteral("texts")).toObject().value(QStringLiteral("lv")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Auto līzings"));
    EXPECT_TRUE(loan.value(QStringLiteral("missing_translations")).toArray().isEmpty());
    EXPECT_FALSE(loan.value(QStringLiteral("questionnaire")).isNull());

    // Lists are replaced; none empties them; an open age band.
    loan = json({QStringLiteral("save"), file, QStringLiteral("--code"), QStringLiteral("CAR_LOAN"), QStringLiteral("--tag"),
                 QStringLiteral("none"), QStringLiteral("--age"), QStringLiteral("-60"), QStringLiteral("--active"), QStringLiteral("no")})
               .value(QStringLiteral("scenario"))
               .toObject();
    EXPECT_TRUE(loan.value(QStringLiteral("tags")).toArray().isEmpty());
    EXPECT_TRUE(loan.value(QStringLiteral("min_age")).isNull());
    EXPECT_EQ(loan.value(QStringLiteral("max_age")).toInt(), 60);
    EXPECT_FALSE(loan.value(QStringLiteral("active")).toBool());

    const QJsonObject copy = json({QStringLiteral("duplicate"), file, QStringLiteral("CAR_LOAN")});
    EXPECT_EQ(copy.value(QStringLiteral("code")).toString(), QStringLiteral("CAR_LOAN-2"));
    const QJsonObject deleted = json({QStringLiteral("delete"), file, QStringLiteral("CAR_LOAN"), QStringLiteral("CAR_LOAN-2")});
    EXPECT_EQ(deleted.value(QStringLiteral("deleted")).toArray().size(), 2);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM scenario WHERE code LIKE 'CAR_LOAN%'")).toInt(), 0);
}

TEST(ScenariosCli, BadArgumentsNameTheOptionAndChangeNothing)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString before = everything(file);
    auto save = [&](const QStringList& options) {
        return scenarios(QStringList{QStringLiteral("save"), file, QStringLiteral("--code"), QStringLiteral("MORTGAGE")} + options);
    };
    expectOneLine(save({QStringLiteral("--fee"), QStringLiteral("lots")}), 2, QStringLiteral("--fee: “lots” is not a number"));
    expectOneLine(save({QStringLiteral("--age"), QStringLiteral("50")}), 2, QStringLiteral("--age: “50” is not an age band"));
    expectOneLine(save({QStringLiteral("--gender"), QStringLiteral("women")}), 2, QStringLiteral("--gender"));
    expectOneLine(save({QStringLiteral("--minutes"), QStringLiteral("half an hour")}), 2, QStringLiteral("--minutes"));
    expectOneLine(save({QStringLiteral("--active"), QStringLiteral("maybe")}), 2, QStringLiteral("--active"));
    expectOneLine(save({QStringLiteral("--channel"), QStringLiteral("fax")}), 2, QStringLiteral("--channel: “fax” is not a channel"));
    expectOneLine(save({QStringLiteral("--title"), QStringLiteral("Just a title")}), 2, QStringLiteral("--title: “Just a title” is not LANG=TEXT"));
    expectOneLine(save({QStringLiteral("--script-file"), QStringLiteral("en=/no/such/file.txt")}), 2, QStringLiteral("--script-file"));
    expectOneLine(save({QStringLiteral("--version"), QStringLiteral("NB-EVAL:9")}), 2, QStringLiteral("--version: there is no version 9"));
    expectOneLine(scenarios({QStringLiteral("save"), file, QStringLiteral("--fee"), QStringLiteral("3")}), 2, QStringLiteral("--code is missing"));
    expectOneLine(scenarios({QStringLiteral("show"), file}), 2, QStringLiteral("expected list FILE"));
    expectOneLine(scenarios({QStringLiteral("list"), file, QStringLiteral("--colour")}), 2, QStringLiteral("colour"));

    // Values the file would take but the domain does not: the work fails (1), each problem named.
    expectOneLine(save({QStringLiteral("--age"), QStringLiteral("40-30")}), 1, QStringLiteral("Age: minimum 40 is above maximum 30"));
    expectOneLine(save({QStringLiteral("--fee=-5")}), 1, QStringLiteral("Fee: must be a number of 0 or more"));
    expectOneLine(save({QStringLiteral("--title"), QStringLiteral("en=")}), 1,
                  QStringLiteral("Title (en): required in the programme's source language"));
    expectOneLine(save({QStringLiteral("--rename"), QStringLiteral("SAVINGS_WEB")}), 1,
                  QStringLiteral("Code: SAVINGS_WEB is the code of another scenario"));
    expectOneLine(scenarios({QStringLiteral("save"), file, QStringLiteral("--code"), QStringLiteral("NEW_ONE")}), 1,
                  QStringLiteral("Title (en)"));
    const Result refused = scenarios({QStringLiteral("delete"), file, QStringLiteral("SAVINGS_WEB")});
    expectOneLine(refused, 1, QStringLiteral("make it inactive instead of deleting it"));
    EXPECT_EQ(everything(file), before);
}
