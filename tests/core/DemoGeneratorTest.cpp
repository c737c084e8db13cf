#include "demo/DemoGenerator.h"
#include "project/Project.h"
#include "project/ProjectSummary.h"
#include "support/TestProject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace {
DemoGenerator::Options options(quint64 seed)
{
    DemoGenerator::Options result;
    result.seed = seed;
    result.today = QDate(2026, 11, 22);
    return result;
}

// A digest of every row of every table, in key order: equal digests mean equal content.
QByteArray contentDigest(const QString& path)
{
    ProjectError error;
    auto project = Project::open(path, Project::Mode::ReadOnly, &error);
    EXPECT_TRUE(project) << error.message.toStdString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "ORDER BY name"),
                     project->database());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows(project->database());
        rows.setForwardOnly(true);
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)));
        hash.addData(table.toUtf8());
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result();
}

qint64 count(const QString& path, const char* sql)
{
    return scalar(path, QString::fromUtf8(sql)).toLongLong();
}

class DemoProgramme : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_folder = new TestFolder;
        s_path = s_folder->path(QStringLiteral("demo.shopscope"));
        ProjectError error;
        DemoGenerator::Statistics statistics;
        ASSERT_TRUE(DemoGenerator::generate(s_path, options(1), &statistics, &error)) << error.message.toStdString();
        s_statistics = statistics;
    }
    static void TearDownTestSuite() { delete s_folder; }

    static TestFolder* s_folder;
    static QString s_path;
    static DemoGenerator::Statistics s_statistics;
};
TestFolder* DemoProgramme::s_folder = nullptr;
QString DemoProgramme::s_path;
DemoGenerator::Statistics DemoProgramme::s_statistics;
} // namespace

TEST(DemoGenerator, SameSeedAndDateGiveTheSameProgramme)
{
    TestFolder folder;
    ProjectError error;
    ASSERT_TRUE(DemoGenerator::generate(folder.path(QStringLiteral("a.shopscope")), options(42), nullptr, &error));
    ASSERT_TRUE(DemoGenerator::generate(folder.path(QStringLiteral("b.shopscope")), options(42), nullptr, &error));
    ASSERT_TRUE(DemoGenerator::generate(folder.path(QStringLiteral("c.shopscope")), options(43), nullptr, &error));
    const QByteArray a = contentDigest(folder.path(QStringLiteral("a.shopscope")));
    EXPECT_EQ(a, contentDigest(folder.path(QStringLiteral("b.shopscope"))));
    EXPECT_NE(a, contentDigest(folder.path(QStringLiteral("c.shopscope"))));
}

TEST(DemoGenerator, RefusesToOverwriteUnlessAskedAndCancelLeavesNothing)
{
    TestFolder folder;
    const QString path = folder.writeFile(QStringLiteral("taken.shopscope"), QByteArray("keep me"));
    ProjectError error;
    EXPECT_FALSE(DemoGenerator::generate(path, options(1), nullptr, &error));
    EXPECT_EQ(error.code, ProjectError::Code::AlreadyExists);

    const QString cancelled = folder.path(QStringLiteral("cancelled.shopscope"));
    EXPECT_FALSE(DemoGenerator::generate(cancelled, options(1), nullptr, &error, [](int percent) { return percent < 30; }));
    EXPECT_FALSE(QFile::exists(cancelled));
    EXPECT_TRUE(QDir(folder.path(QString())).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());

    DemoGenerator::Options replace = options(1);
    replace.replace = true;
    EXPECT_TRUE(DemoGenerator::generate(path, replace, nullptr, &error)) << error.message.toStdString();
    EXPECT_GT(count(path, "SELECT count(*) FROM visit"), 0);
}

TEST_F(DemoProgramme, HasTheSmallPresetsShape)
{
    const qint64 locations = count(s_path, "SELECT count(*) FROM location");
    EXPECT_GE(locations, 90);
    EXPECT_LE(locations, 120);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM visit"), 1500);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM shopper"), 400);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM shopper_personal"), 400);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM scenario"), 3);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM wave"), 12);
    EXPECT_EQ(s_statistics.visits, 1500);
    EXPECT_EQ(s_statistics.answers, count(s_path, "SELECT count(*) FROM answer"));
    // Branches, a contact centre and web forms, and competitors.
    EXPECT_GT(count(s_path, "SELECT count(*) FROM location WHERE channel = 'call'"), 0);
    EXPECT_GT(count(s_path, "SELECT count(*) FROM location WHERE channel = 'web'"), 0);
    EXPECT_GT(count(s_path, "SELECT count(*) FROM location WHERE is_competitor = 1"), 0);
    // Real places with Baltic letters.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM location WHERE city = 'Rīga' AND latitude BETWEEN 56.8 AND 57.1"),
              count(s_path, "SELECT count(*) FROM location WHERE city = 'Rīga'"));
    EXPECT_GT(count(s_path, "SELECT count(*) FROM location WHERE city = 'Rīga'"), 0);
}

TEST_F(DemoProgramme, WavesAroundTodayInEveryState)
{
    EXPECT_EQ(scalar(s_path, QStringLiteral("SELECT status FROM wave WHERE starts_on = '2026-11-01'")).toString(),
              QStringLiteral("fieldwork"));
    EXPECT_EQ(scalar(s_path, QStringLiteral("SELECT status FROM wave WHERE starts_on = '2026-12-01'")).toString(),
              QStringLiteral("planning"));
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM wave WHERE status IN ('closed', 'reported')"), 10);
    // The current wave is partly assigned; the next one not at all.
    EXPECT_GT(count(s_path, "SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id "
                            "WHERE w.status = 'fieldwork' AND v.shopper_id IS NULL"), 0);
    EXPECT_GT(count(s_path, "SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id "
                            "WHERE w.status = 'fieldwork' AND v.shopper_id IS NOT NULL"), 0);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id "
                            "WHERE w.status = 'planning' AND v.status <> 'planned'"), 0);
    // Nothing is reported for the future.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM response WHERE visited_on >= '2026-11-22'"), 0);
}

TEST_F(DemoProgramme, QuestionnaireIsBilingualWeightedWithNaAndACriticalItem)
{
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM section WHERE parent_id IS NULL"), 6);
    const qint64 questions = count(s_path, "SELECT count(*) FROM question");
    EXPECT_GE(questions, 35);
    EXPECT_LE(questions, 50);
    EXPECT_DOUBLE_EQ(scalar(s_path, QStringLiteral("SELECT total(weight) FROM section")).toDouble(), 100.0);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM question WHERE critical <> 'none'"), 1);
    EXPECT_GT(count(s_path, "SELECT count(*) FROM question WHERE allow_na = 1"), 5);
    EXPECT_GT(count(s_path, "SELECT count(*) FROM question WHERE show_if IS NOT NULL"), 0);
    // Every question, section and option has an English and a Latvian text.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM question_text WHERE language = 'lv' AND length(text) > 0"), questions);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM question_text WHERE language = 'en' AND length(text) > 0"), questions);
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM option_text WHERE language = 'lv'"),
              count(s_path, "SELECT count(*) FROM question_option"));
}

TEST_F(DemoProgramme, ReportsHavePlausiblePatterns)
{
    // Latvian branches report in Latvian.
    EXPECT_GT(count(s_path, "SELECT count(*) FROM response WHERE language = 'lv'"), 0);
    // Calls answer the premises section as not applicable, never yes or no.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id "
                            "JOIN section s ON s.id = q.section_id JOIN question_option o ON o.id = a.option_id "
                            "JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id "
                            "JOIN location l ON l.id = v.location_id "
                            "WHERE l.channel = 'call' AND s.code = 'PRM' AND o.is_na = 0"), 0);
    // Some standards are weak: compliance differs across questions.
    const double lowest = scalar(s_path, QStringLiteral(
        "SELECT min(share) FROM (SELECT avg(o.code = 'yes') AS share FROM answer a JOIN question_option o "
        "ON o.id = a.option_id JOIN question q ON q.id = a.question_id WHERE q.type = 'yes_no' AND o.is_na = 0 "
        "GROUP BY q.id)")).toDouble();
    const double highest = scalar(s_path, QStringLiteral(
        "SELECT max(share) FROM (SELECT avg(o.code = 'yes') AS share FROM answer a JOIN question_option o "
        "ON o.id = a.option_id JOIN question q ON q.id = a.question_id WHERE q.type = 'yes_no' AND o.is_na = 0 "
        "GROUP BY q.id)")).toDouble();
    EXPECT_LT(lowest, 0.7);
    EXPECT_GT(highest, 0.85);
    // A few suspicious reports: implausibly short visits with all standards met.
    EXPECT_GT(count(s_path, "SELECT count(*) FROM response WHERE duration_minutes <= 6"), 0);
    // Approved and sent-back reports carry their QC decision.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM visit WHERE status = 'approved'"),
              count(s_path, "SELECT count(*) FROM qc_decision WHERE decision = 'approved'"));
    // Personal data is only in its own table.
    EXPECT_EQ(count(s_path, "SELECT count(*) FROM shopper_personal WHERE full_name = '' OR email NOT LIKE '%@example.net'"), 0);
}
