#include "CliRun.h"

#include "project/SchemaManager.h"
#include "support/TestProject.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace {
using Result = CliResult;

Result cli(const QStringList& arguments)
{
    return runCli(arguments);
}

// A failure is one line on stderr, naming the program.
void expectOneLineError(const Result& result, const char* phrase)
{
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("shopscope-cli: "))) << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QString::fromUtf8(phrase))) << result.err.toStdString();
}
} // namespace

TEST(Cli, HelpForEveryCommand)
{
    const Result overall = cli({QStringLiteral("--help")});
    EXPECT_EQ(overall.exitCode, 0);
    for (const char* command : {"new", "demo", "info", "check"}) {
        EXPECT_TRUE(overall.out.contains(QString::fromLatin1(command))) << command;
        const Result help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("FILE"))) << help.out.toStdString();
    }
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    Result result = cli({});
    EXPECT_EQ(result.exitCode, 2);
    result = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "unknown command");
    result = cli({QStringLiteral("info")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "FILE argument is missing");
    result = cli({QStringLiteral("info"), QStringLiteral("--colour"), QStringLiteral("x.shopscope")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "colour");
    TestFolder folder;
    result = cli({QStringLiteral("demo"), folder.path(QStringLiteral("d.shopscope")), QStringLiteral("--preset"),
                  QStringLiteral("huge")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "unknown preset “huge”");
    result = cli({QStringLiteral("demo"), folder.path(QStringLiteral("d.shopscope")), QStringLiteral("--seed"),
                  QStringLiteral("-3")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "--seed");
    result = cli({QStringLiteral("demo"), folder.path(QStringLiteral("d.shopscope")), QStringLiteral("--today"),
                  QStringLiteral("2026-13-40")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "--today");
    EXPECT_FALSE(QFile::exists(folder.path(QStringLiteral("d.shopscope"))));
}

TEST(Cli, NewInfoCheckRoundTrip)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("new.shopscope"));
    Result result = cli({QStringLiteral("new"), file});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("new"), file});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "already exists");

    result = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(info.value(QStringLiteral("schema_version")).toInt(), SchemaManager::currentVersion);
    EXPECT_EQ(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("visits")).toInt(-1), 0);

    result = cli({QStringLiteral("check"), file, QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());
}

TEST(Cli, DemoThenInfoCountsEverything)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("demo.shopscope"));
    Result result = cli({QStringLiteral("demo"), file, QStringLiteral("--seed"), QStringLiteral("3"),
                         QStringLiteral("--today"), QStringLiteral("2026-11-22"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject demo = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(demo.value(QStringLiteral("visits")).toInt(), 1500);

    result = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("visits")).toInt(), 1500);
    EXPECT_EQ(counts.value(QStringLiteral("answers")).toInt(), demo.value(QStringLiteral("answers")).toInt());
    EXPECT_EQ(counts.value(QStringLiteral("shoppers")).toInt(), 400);

    result = cli({QStringLiteral("info"), file});
    EXPECT_TRUE(result.out.contains(QStringLiteral("Nordbank")));

    result = cli({QStringLiteral("demo"), file});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "already exists");
}

TEST(Cli, BadFilesFailWithTheReason)
{
    TestFolder folder;
    const QString text = folder.writeFile(QStringLiteral("list.csv"), QByteArray("a;b\n1;2\n"));
    Result result = cli({QStringLiteral("info"), text});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "not an SQLite database");

    result = cli({QStringLiteral("check"), folder.path(QStringLiteral("missing.shopscope"))});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "no file");

    result = cli({QStringLiteral("check"), text, QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool(true));
    EXPECT_EQ(json.value(QStringLiteral("error")).toString(), QStringLiteral("not-sqlite"));
}

TEST(Cli, CheckReportsProblemsAndExitsWithOne)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("broken.shopscope"));
    tamper(file, QStringLiteral("DELETE FROM response WHERE id = 3"));
    const Result result = cli({QStringLiteral("check"), file, QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool(true));
    EXPECT_FALSE(json.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST(CliQuestionnaire, ImportFromTemplateListExportAndReimport)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("q.shopscope"));
    ASSERT_EQ(cli({QStringLiteral("new"), file}).exitCode, 0);
    Result result = cli({QStringLiteral("questionnaire"), QStringLiteral("templates"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("templates")).toArray().size(), 6);

    result = cli({QStringLiteral("questionnaire"), QStringLiteral("import"), file, QStringLiteral("--template"),
                  QStringLiteral("retail-store-visit")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString exported = folder.path(QStringLiteral("retail.json"));
    result = cli({QStringLiteral("questionnaire"), QStringLiteral("export"), file, QStringLiteral("-q"),
                  QStringLiteral("RETAIL-VISIT"), QStringLiteral("-o"), exported});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // Importing the export again makes version 2 of the same questionnaire.
    result = cli({QStringLiteral("questionnaire"), QStringLiteral("import"), file, exported});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("questionnaire"), QStringLiteral("list"), file, QStringLiteral("--json")});
    const QJsonArray versions = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("questionnaires")).toArray();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.at(1).toObject().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(versions.at(1).toObject().value(QStringLiteral("questions")).toInt(),
              versions.at(0).toObject().value(QStringLiteral("questions")).toInt());
}

TEST(CliQuestionnaire, ABadFileImportsNothingAndSaysWhy)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("q.shopscope"));
    ASSERT_EQ(cli({QStringLiteral("new"), file}).exitCode, 0);
    const QString bad = folder.writeFile(QStringLiteral("bad.json"), R"({"format": "shopscope-questionnaire",
        "format_version": 1, "code": "X", "name": "X", "section_scoring": "weighted",
        "sections": [{"code": "S", "weight": 60, "title": {"en": "S"}, "questions": [
            {"code": "A", "type": "yes_no", "text": {"en": "A?"}, "scored": true,
             "show_if": {"q": "B", "op": "eq", "value": "yes"}},
            {"code": "B", "type": "yes_no", "text": {"en": "B?"}, "scored": true}]}]})");
    const Result result = cli({QStringLiteral("questionnaire"), QStringLiteral("import"), file, bad});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("add up to 60, not 100"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("A: the show-if condition refers to B, which comes later"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("nothing imported"))) << result.err.toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM questionnaire")).toInt(), 0);
}

TEST(CliQuestionnaire, ScoresAnswersAsTheEngineDoes)
{
    TestFolder folder;
    const QString form = folder.writeFile(QStringLiteral("form.json"), R"({"format": "shopscope-questionnaire",
        "format_version": 1, "code": "F", "name": "F", "section_scoring": "weighted",
        "sections": [
          {"code": "G", "weight": 50, "title": {"en": "G"}, "questions": [
            {"code": "G1", "type": "yes_no", "text": {"en": "?"}, "scored": true, "weight": 2},
            {"code": "G2", "type": "yes_no", "text": {"en": "?"}, "scored": true, "allow_na": true}]},
          {"code": "P", "weight": 50, "title": {"en": "P"}, "questions": [
            {"code": "P1", "type": "yes_no", "text": {"en": "?"}, "scored": true, "allow_na": true}]}]})");
    const QString answers = folder.writeFile(QStringLiteral("answers.json"), R"({"G1": "yes", "G2": "no", "P1": "na"})");
    const Result result = cli({QStringLiteral("questionnaire"), QStringLiteral("score"), QStringLiteral("--json-file"), form,
                               QStringLiteral("--answers"), answers});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    // G: 2 of 3 = 66.67; P is all N/A, so its weight goes to G.
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("visit")).toObject().value(QStringLiteral("score")).toDouble(), 66.67);
    EXPECT_TRUE(json.value(QStringLiteral("sections")).toArray().at(1).toObject().value(QStringLiteral("score")).isNull());

    const QString wrong = folder.writeFile(QStringLiteral("wrong.json"), R"({"G1": "perhaps"})");
    const Result refused = cli({QStringLiteral("questionnaire"), QStringLiteral("score"), QStringLiteral("--json-file"), form,
                                QStringLiteral("--answers"), wrong});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("G1: “perhaps” is not an answer"))) << refused.err.toStdString();
}

TEST(CliQuestionnaire, PrintsTheBriefingAndTheScoringSheet)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    Result result = cli({QStringLiteral("questionnaire"), QStringLiteral("export"), file, QStringLiteral("--format"),
                         QStringLiteral("briefing"), QStringLiteral("--language"), QStringLiteral("lv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("<html"))) << "an HTML document";
    EXPECT_TRUE(result.out.contains(QStringLiteral("Sveiciens"))) << "in Latvian";
    result = cli({QStringLiteral("questionnaire"), QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("scoring")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("critical: zeroes the visit")));
    result = cli({QStringLiteral("questionnaire"), QStringLiteral("export"), file, QStringLiteral("--language"), QStringLiteral("pl")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "not one of the questionnaire's languages");
}

TEST(CliProgramme, ShowsAndChangesSettingsAllOrNothing)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("p.shopscope"));
    ASSERT_EQ(cli({QStringLiteral("new"), file}).exitCode, 0);
    Result result = cli({QStringLiteral("programme"), QStringLiteral("set"), file, QStringLiteral("--client"),
                         QStringLiteral("Łódź Retail"), QStringLiteral("--target"), QStringLiteral("85"),
                         QStringLiteral("--languages"), QStringLiteral("en,pl"), QStringLiteral("--report-language"),
                         QStringLiteral("pl")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("programme"), QStringLiteral("show"), file, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("client")).toString(), QStringLiteral("Łódź Retail"));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("target")).toDouble(), 85);
    EXPECT_EQ(json.value(QStringLiteral("report_language")).toString(), QStringLiteral("pl"));

    // One bad value: a usage error and nothing changes.
    result = cli({QStringLiteral("programme"), QStringLiteral("set"), file, QStringLiteral("--client"), QStringLiteral("X"),
                  QStringLiteral("--target"), QStringLiteral("140")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "--target");
    // A change the file refuses (removing a language in use): everything is rolled back.
    result = cli({QStringLiteral("programme"), QStringLiteral("set"), file, QStringLiteral("--client"), QStringLiteral("Y"),
                  QStringLiteral("--languages"), QStringLiteral("en")});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "nothing changed");
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT client_name FROM programme")).toString(), QStringLiteral("Łódź Retail"));
}

TEST(CliWaves, CreateListAndChangeStatus)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("w.shopscope"));
    ASSERT_EQ(cli({QStringLiteral("new"), file}).exitCode, 0);
    Result result = cli({QStringLiteral("waves"), QStringLiteral("create"), file, QStringLiteral("--series"),
                         QStringLiteral("quarterly"), QStringLiteral("--start"), QStringLiteral("2027-01-01"),
                         QStringLiteral("--count"), QStringLiteral("4")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("waves"), QStringLiteral("create"), file, QStringLiteral("--code"), QStringLiteral("PILOT"),
                  QStringLiteral("--name"), QStringLiteral("Pilot"), QStringLiteral("--start"), QStringLiteral("2026-12-01"),
                  QStringLiteral("--end"), QStringLiteral("2026-12-14")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("waves"), QStringLiteral("list"), file, QStringLiteral("--json")});
    const QJsonArray waves = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("waves")).toArray();
    ASSERT_EQ(waves.size(), 5);
    EXPECT_EQ(waves.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("PILOT"));
    EXPECT_EQ(waves.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("W2027-Q1"));
    EXPECT_EQ(waves.at(1).toObject().value(QStringLiteral("ends")).toString(), QStringLiteral("2027-03-31"));
    EXPECT_EQ(waves.at(1).toObject().value(QStringLiteral("visits")).toInt(), 0);

    EXPECT_EQ(cli({QStringLiteral("waves"), QStringLiteral("status"), file, QStringLiteral("PILOT"), QStringLiteral("fieldwork")}).exitCode, 0);
    result = cli({QStringLiteral("waves"), QStringLiteral("status"), file, QStringLiteral("PILOT"), QStringLiteral("reported")});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "one step at a time");
    result = cli({QStringLiteral("waves"), QStringLiteral("create"), file, QStringLiteral("--series"), QStringLiteral("yearly"),
                  QStringLiteral("--start"), QStringLiteral("2027-01-01"), QStringLiteral("--count"), QStringLiteral("2")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneLineError(result, "--series");
    result = cli({QStringLiteral("waves"), QStringLiteral("create"), file, QStringLiteral("--series"), QStringLiteral("quarterly"),
                  QStringLiteral("--start"), QStringLiteral("2027-01-01"), QStringLiteral("--count"), QStringLiteral("2")});
    EXPECT_EQ(result.exitCode, 1);
    expectOneLineError(result, "exists already");
}

TEST(CliLocations, ImportsABalticFileAndExportsSafely)
{
    TestFolder folder;
    const QString file = folder.path(QStringLiteral("l.shopscope"));
    ASSERT_EQ(cli({QStringLiteral("new"), file}).exitCode, 0);
    // As a Latvian client's Excel saves it: Windows-1257, semicolons, decimal commas, CRLF.
    const QString csv = QStringLiteral("Kods;Nosaukums;Valsts;Reģions;Pilsēta;Platums;Garums\r\n"
                                       "LV-001;Filiāle Rīga Centrs;Latvia;Rīga;Rīga;56,9496;24,1052\r\n"
                                       "LV-002;\"=HYPERLINK(\"\"http://x\"\")\";Latvia;Rīga;Jūrmala;56,9680;23,7704\r\n");
    QStringEncoder windows1257("windows-1257");
    const QString path = folder.writeFile(QStringLiteral("lv.csv"), windows1257(csv));

    Result result = cli({QStringLiteral("locations"), QStringLiteral("import"), file, path, QStringLiteral("--dry-run"),
                         QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1257"));
    EXPECT_EQ(json.value(QStringLiteral("new")).toInt(), 2);
    EXPECT_FALSE(json.value(QStringLiteral("written")).toBool());
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM location")).toInt(), 0) << "a dry run writes nothing";

    result = cli({QStringLiteral("locations"), QStringLiteral("import"), file, path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT name FROM location WHERE code = 'LV-001'")).toString(),
              QStringLiteral("Filiāle Rīga Centrs"));
    EXPECT_DOUBLE_EQ(scalar(file, QStringLiteral("SELECT latitude FROM location WHERE code = 'LV-001'")).toDouble(), 56.9496);

    // Export: a formula-looking name is neutralised so a spreadsheet shows it as text.
    result = cli({QStringLiteral("locations"), QStringLiteral("export"), file});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("'=HYPERLINK"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("LV-001,Filiāle Rīga Centrs,visit,,Latvia,Rīga")));

    const QString broken = folder.writeFile(QStringLiteral("broken.csv"), QByteArray("Code,Name\nA-1,\"never closed\n"));
    result = cli({QStringLiteral("locations"), QStringLiteral("import"), file, broken});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("nothing was imported"))) << result.err.toStdString();
}
