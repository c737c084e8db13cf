#include "commands/ReportCommands.h"
#include "fielding/OdkNames.h"
#include "io/CsvReader.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireStore.h"
#include "reports/ReportImport.h"
#include "support/TestProject.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

// Field results as KoboToolbox and ODK Central export them (group prefixes, ss_* visit fields,
// select multiple as space-separated codes and a column per choice, ODK times, the submission
// metadata) go through the same dry run and all-or-nothing import as any report file.

namespace {

class OdkResultsImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("odk.shopscope"));
        ProjectError error;
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        // A version of the demo questionnaire with a date and a time question, so the file
        // holds every question type; the MORTGAGE scenario's visits use it.
        QString message;
        const auto versions = QuestionnaireStore::list(m_project->database(), &message);
        auto questionnaire = QuestionnaireStore::load(m_project->database(), versions.first().versionId, &message);
        ASSERT_TRUE(questionnaire);
        Section extra;
        extra.code = QStringLiteral("EXTRA");
        extra.title = {{QStringLiteral("en"), QStringLiteral("When")}, {QStringLiteral("lv"), QStringLiteral("Kad")}};
        Question date;
        date.code = QStringLiteral("WHEN_DATE");
        date.type = QuestionType::Date;
        date.text = {{QStringLiteral("en"), QStringLiteral("Date of the call-back")}, {QStringLiteral("lv"), QStringLiteral("Datums")}};
        Question time = date;
        time.code = QStringLiteral("WHEN_TIME");
        time.type = QuestionType::Time;
        extra.questions = {date, time};
        questionnaire->sections.push_back(extra);
        ASSERT_TRUE(m_project->write(
            [&](const QSqlDatabase& db, QString* why) {
                const auto id = QuestionnaireStore::insertVersion(db, *questionnaire, why);
                if (!id)
                    return false;
                QSqlQuery query(db);
                query.prepare(QStringLiteral("UPDATE scenario SET version_id = ? WHERE code = 'MORTGAGE'"));
                query.addBindValue(*id);
                return query.exec();
            },
            &error))
            << error.message.toStdString();
        m_visit = scalar(m_file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id WHERE v.status = 'assigned' "
                                                "AND s.code = 'MORTGAGE' ORDER BY v.id LIMIT 1")).toLongLong();
        ASSERT_GT(m_visit, 0);
        m_location = scalar(m_file, QStringLiteral("SELECT l.code FROM visit v JOIN location l ON l.id = v.location_id WHERE v.id = %1").arg(m_visit)).toString();
        m_shopper = scalar(m_file, QStringLiteral("SELECT s.code FROM visit v JOIN shopper s ON s.id = v.shopper_id WHERE v.id = %1").arg(m_visit)).toString();
    }

    ReportImport::Plan plan(const QString& csv) const
    {
        const QString path = m_folder.writeFile(QStringLiteral("kobo.csv"), csv.toUtf8());
        QList<CsvProblem> problems;
        const auto table = CsvReader().readFile(path, &problems);
        EXPECT_TRUE(table);
        ReportImport::Options options;
        options.source = ReportImport::Source::Odk;
        return ReportImport::plan(m_project->database(), table.value_or(CsvTable()), options, QStringLiteral("kobo.csv"));
    }
    QString answer(const QString& question) const
    {
        return scalar(m_file, QStringLiteral(
            "SELECT ifnull(o.code, '') || ifnull(a.number, '') || ifnull(a.text, '') || '|' || ifnull(a.comment, '') || '|' || "
            "ifnull((SELECT group_concat(co.code, ' ') FROM (SELECT co.code FROM answer_choice c JOIN question_option co ON co.id = c.option_id "
            "WHERE c.response_id = a.response_id AND c.question_id = a.question_id ORDER BY co.position) co), '') "
            "FROM answer a JOIN response r ON r.id = a.response_id "
            "JOIN question q ON q.id = a.question_id LEFT JOIN question_option o ON o.id = a.option_id WHERE r.visit_id = %1 AND q.code = '%2'")
                                  .arg(m_visit).arg(question)).toString();
    }
    QString state() const
    {
        return scalar(m_file, QStringLiteral("SELECT (SELECT count(*) FROM response) || '|' || (SELECT count(*) FROM answer) || '|' || "
                                             "(SELECT group_concat(id || status) FROM visit)")).toString();
    }
    // One submission as Kobo writes it: groups as "GROUP/name", the metadata around it.
    QString koboCsv(const QString& greeting, const QString& products) const
    {
        return QStringLiteral(
                   "start,end,ss_visit_id,ss_location,ss_scenario,ss_shopper,ss_visit/ss_date,ss_visit/ss_time,ss_visit/ss_minutes,"
                   "ss_visit/ss_staff,GRT/GRT01,GRT/GRT01_comment,OFR/OFR07,OFR/OFR08,OFR/OFR08/savings,OFR/OFR08/pension,PRM/PRM01,"
                   "PRM/PRM02,OVR/OVR01,OVR/OVR03,OVR/OVR04,"
                   "EXTRA/WHEN_DATE,EXTRA/WHEN_TIME,ss_comment,ss_GRT_score,ss_score,meta/instanceID,_id,_uuid,_submission_time,"
                   "_validation_status,_notes,_status,_submitted_by,__version__,_tags,_index\n"
                   "2026-11-05T10:01:02.000+02:00,2026-11-05T10:40:00.000+02:00,%1,%2,MORTGAGE,%3,2026-11-05,10:15:00.000+02:00,27,"
                   "Anna,%4,Waited at the desk,yes,%5,1,0,from5to10,7,4,9,Ļoti laipni,2026-11-12,16:30:00.000+02:00,Ļoti laipni,50,71.43,"
                   "uuid:6b1c9a52-1f3e-4a0b-9f7e-2d2a1c0b9e11,88121,6b1c9a52-1f3e-4a0b-9f7e-2d2a1c0b9e11,2026-11-05T08:41:12,"
                   ",,submitted_via_web,,vU7d2,,1\n")
            .arg(m_visit)
            .arg(m_location, m_shopper, greeting, products);
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    qint64 m_visit = 0;
    QString m_location;
    QString m_shopper;
};

} // namespace

TEST_F(OdkResultsImportTest, AKoboExportWithEveryQuestionTypeIsImportedAndMatchedByTheHiddenVisitId)
{
    ReportImport::Plan plan = this->plan(koboCsv(QStringLiteral("no"), QStringLiteral("savings pension")));
    ASSERT_FALSE(plan.hasErrors()) << plan.problems.first().message.toStdString();
    EXPECT_EQ(plan.inserts, 1);
    // The metadata and ShopScope's calculations are understood, not reported as unknown columns.
    for (const CsvProblem& problem : plan.problems)
        EXPECT_FALSE(problem.message.contains(QStringLiteral("_uuid")) || problem.message.contains(QStringLiteral("ss_score"))
                     || problem.message.contains(QStringLiteral("instanceID")))
            << problem.message.toStdString();
    QString error;
    ASSERT_TRUE(Command::importReports(m_project.get(), std::move(plan.reports), QStringLiteral("kobo.csv"), &error)) << error.toStdString();

    EXPECT_EQ(answer(QStringLiteral("GRT01")), QStringLiteral("no|Waited at the desk|"));
    EXPECT_EQ(answer(QStringLiteral("OFR08")), QStringLiteral("||savings pension"));
    EXPECT_EQ(answer(QStringLiteral("PRM01")), QStringLiteral("from5to10||"));
    EXPECT_EQ(answer(QStringLiteral("PRM02")), QStringLiteral("7.0||"));
    EXPECT_EQ(answer(QStringLiteral("OVR01")), QStringLiteral("4.0||"));
    EXPECT_EQ(answer(QStringLiteral("OVR03")), QStringLiteral("9.0||"));
    EXPECT_EQ(answer(QStringLiteral("OVR04")), QStringLiteral("Ļoti laipni||"));
    EXPECT_EQ(answer(QStringLiteral("WHEN_DATE")), QStringLiteral("2026-11-12||"));
    EXPECT_EQ(answer(QStringLiteral("WHEN_TIME")), QStringLiteral("16:30||"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT visited_on || ' ' || visited_at || ' ' || duration_minutes || ' ' || staff_description || ' ' || comment "
                                            "FROM response WHERE visit_id = %1").arg(m_visit)).toString(),
              QStringLiteral("2026-11-05 10:15 27 Anna Ļoti laipni"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(m_visit)).toString(), QStringLiteral("submitted"));

    // The same export again changes nothing.
    const QString before = state();
    ReportImport::Plan again = this->plan(koboCsv(QStringLiteral("no"), QStringLiteral("savings pension")));
    EXPECT_EQ(again.unchanged, 1);
    EXPECT_EQ(again.inserts + again.updates, 0);
    EXPECT_EQ(state(), before);
}

TEST_F(OdkResultsImportTest, AnOdkCentralExportWithDashedGroupsAndSplitChoicesReadsTheSame)
{
    const QString csv = QStringLiteral(
                            "SubmissionDate,ss_visit_id,ss_visit-ss_date,ss_visit-ss_time,GRT-GRT01,GRT-GRT01_comment,OFR-OFR07,OFR-OFR08/savings,"
                            "OFR-OFR08/pension,OFR-OFR08/funds,OVR-OVR01,OVR-OVR03,EXTRA-WHEN_DATE,EXTRA-WHEN_TIME,ss_score,meta-instanceID,KEY,"
                            "SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n"
                            "2026-11-05T08:41:12.000Z,%1,2026-11-05,10:15:00.000Z,yes,,yes,True,False,true,5,10,2026-11-12,16:30:00.000Z,100,"
                            "uuid:1,uuid:1,7,Data collector,0,0,,,collect:x,0,202611221200\n")
                            .arg(m_visit);
    ReportImport::Plan plan = this->plan(csv);
    ASSERT_FALSE(plan.hasErrors()) << plan.problems.first().message.toStdString();
    QString error;
    ASSERT_TRUE(Command::importReports(m_project.get(), std::move(plan.reports), QStringLiteral("central.csv"), &error));
    EXPECT_EQ(answer(QStringLiteral("GRT01")), QStringLiteral("yes||"));
    EXPECT_EQ(answer(QStringLiteral("OFR08")), QStringLiteral("||savings funds"));
    EXPECT_EQ(answer(QStringLiteral("OVR03")), QStringLiteral("10.0||"));
    EXPECT_EQ(answer(QStringLiteral("WHEN_TIME")), QStringLiteral("16:30||"));
}

TEST_F(OdkResultsImportTest, ABadAnswerIsNamedByLineAndTheFilesOwnColumnAndNothingIsWritten)
{
    const QString before = state();
    ReportImport::Plan plan = this->plan(koboCsv(QStringLiteral("maybe"), QStringLiteral("savings gold")));
    ASSERT_TRUE(plan.hasErrors());
    QStringList messages;
    for (const CsvProblem& problem : plan.problems)
        if (problem.severity == CsvProblem::Severity::Error)
            messages << problem.message;
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("GRT/GRT01")) && all.contains(QStringLiteral("maybe"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("OFR/OFR08")) && all.contains(QStringLiteral("gold"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("line 2"))) << all.toStdString();
    EXPECT_EQ(state(), before);
}
