#include "CliRun.h"
#include "support/TestProject.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli questionnaire export --format xform|xlsform, questionnaire import FORM.xlsx and
// results import --format odk, as a user runs them: files written, notes and problems said,
// bad arguments refused with nothing written.

TEST(OdkCli, ExportsImportsAndReadsFieldResults)
{
    TestFolder folder;
    const QString demo = folder.demoCopy(QStringLiteral("demo.shopscope"));
    const QString xform = folder.path(QStringLiteral("nb.xml"));
    CliResult result = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), demo, QStringLiteral("--format"),
                               QStringLiteral("xform"), QStringLiteral("--out"), xform, QStringLiteral("--form-version"),
                               QStringLiteral("7"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("format")).toString(), QStringLiteral("xform"));
    EXPECT_EQ(report.value(QStringLiteral("version")).toString(), QStringLiteral("7"));
    EXPECT_EQ(report.value(QStringLiteral("languages")).toArray(), (QJsonArray{QStringLiteral("en"), QStringLiteral("lv")}));
    EXPECT_EQ(report.value(QStringLiteral("questions")).toInt(), 45);
    QFile file(xform);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    EXPECT_TRUE(xml.contains("<translation lang=\"Latvian (lv)\">"));
    EXPECT_TRUE(xml.contains("<data id=\"NB-EVAL\" version=\"7\">"));

    // An XLSForm needs a file; the workbook goes into a new programme as a questionnaire.
    result = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("xlsform")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("give --out FORM.xlsx"))) << result.err.toStdString();
    const QString workbook = folder.path(QStringLiteral("nb.xlsx"));
    result = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), demo, QStringLiteral("--format"),
                     QStringLiteral("xlsform"), QStringLiteral("--out"), workbook});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Wrote"))) << result.out.toStdString();
    const QString fresh = folder.path(QStringLiteral("fresh.shopscope"));
    ASSERT_EQ(runCli({QStringLiteral("new"), fresh}).exitCode, 0);
    result = runCli({QStringLiteral("questionnaire"), QStringLiteral("import"), fresh, workbook, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("imported")).toBool());
    const CliResult original = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), demo});
    const CliResult back = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), fresh});
    EXPECT_EQ(back.out, original.out); // the same questionnaire, every text, option, condition and score setting

    // A broken workbook is refused with its place, and the programme is unchanged.
    const QString notAWorkbook = folder.writeFile(QStringLiteral("form.xlsx"), "type,name\ntext,q1\n");
    result = runCli({QStringLiteral("questionnaire"), QStringLiteral("import"), fresh, notAWorkbook});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("form.xlsx"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("nothing imported"))) << result.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("questionnaire"), QStringLiteral("list"), fresh}).out.count(QLatin1Char('\n')), 1);

    // Field results in a KoboToolbox export: a dry run, then the import.
    const QString visit = scalar(demo, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id "
                                                      "WHERE v.status = 'done' AND s.code = 'MORTGAGE' ORDER BY v.id LIMIT 1")).toString();
    const QString kobo = folder.writeFile(
        QStringLiteral("kobo.csv"),
        QStringLiteral("ss_visit_id,ss_visit/ss_date,GRT/GRT01,OFR/OFR07,OFR/OFR08,_uuid,_submission_time\n"
                       "%1,2026-11-10,yes,yes,savings pension,a1,2026-11-10T09:00:00\n").arg(visit).toUtf8());
    result = runCli({QStringLiteral("results"), QStringLiteral("import"), demo, kobo, QStringLiteral("--format"), QStringLiteral("odk"),
                     QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(scalar(demo, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(visit)).toString(), QStringLiteral("done"));
    result = runCli({QStringLiteral("results"), QStringLiteral("import"), demo, kobo, QStringLiteral("--format"), QStringLiteral("odk")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(scalar(demo, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(visit)).toString(), QStringLiteral("submitted"));
    EXPECT_EQ(scalar(demo, QStringLiteral("SELECT count(*) FROM answer_choice c JOIN response r ON r.id = c.response_id "
                                          "WHERE r.visit_id = %1").arg(visit)).toInt(), 2);

    // Without --format odk the same file's columns are not question codes.
    result = runCli({QStringLiteral("results"), QStringLiteral("import"), demo, kobo, QStringLiteral("--format"), QStringLiteral("kobo")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("unknown --format “kobo” (use shopscope or odk)"))) << result.err.toStdString();
    result = runCli({QStringLiteral("questionnaire"), QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("odt")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("use json, briefing, scoring, xform or xlsform"))) << result.err.toStdString();
}
