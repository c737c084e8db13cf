#include "commands/ShopperCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "shoppers/ShopperStore.h"
#include "shoppers/VisitHistory.h"
#include "support/ShopperRows.h"
#include "support/TestProject.h"

#include <QSqlQuery>

#include <QLocale>

#include <gtest/gtest.h>

// The shopper edits (add, change, delete) as undo steps, their checks, and the visit history.

namespace {

Shopper sample()
{
    Shopper shopper;
    shopper.code = QStringLiteral("LV-7001");
    shopper.personal = {QStringLiteral("Ilze Kalniņa"), QStringLiteral("ilze@example.lv"), QStringLiteral("+371 2612 3456"),
                        QStringLiteral("Brīvības iela 1"), QStringLiteral("LV-1010")};
    shopper.birthYear = 1988;
    shopper.gender = QStringLiteral("female");
    shopper.languages = {QStringLiteral("LV"), QStringLiteral("en"), QStringLiteral("en")};
    shopper.tags = {QStringLiteral("has-car")};
    shopper.homeCity = QStringLiteral("Rīga");
    shopper.latitude = 56.95;
    shopper.longitude = 24.11;
    shopper.rating = 4.2;
    shopper.unavailable = {{QDate(2026, 12, 20), QDate(2026, 12, 31)}, {QDate(2026, 12, 28), QDate(2027, 1, 3)}};
    shopper.conflicts = {{QString(), QStringLiteral("Vistula Bank"), QStringLiteral("Husband works there")}};
    return shopper;
}
} // namespace

class ShopperCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
};

TEST_F(ShopperCommandsTest, ChecksNameTheFieldAndChangeNothing)
{
    const QStringList before = shopperRows(m_project->database());
    Shopper shopper = sample();
    shopper.personal.email = QStringLiteral("ilze@");
    shopper.longitude.reset();
    shopper.rating = 5.5;
    shopper.birthYear = 2020;
    shopper.unavailable = {{QDate(2026, 7, 14), QDate(2026, 7, 1)}};
    shopper.conflicts << Shopper::Conflict{QStringLiteral("NO-SUCH-PLACE"), QString(), QString()};
    shopper.languages << QStringLiteral("Latvian");
    QString problems;
    EXPECT_FALSE(Command::saveShopper(m_project.get(), shopper, QString(), &problems));
    const QStringList lines = problems.split(QLatin1Char('\n'));
    for (const QString& expected : {
             QStringLiteral("E-mail: “ilze@” is not an e-mail address"),
             QStringLiteral("Longitude: a home needs both latitude and longitude, or neither"),
             QStringLiteral("Rating: must be from 0 to 5, not 5.5"),
             QStringLiteral("Birth year: must be from 1900 to %1 (shoppers are 16 or older), not 2020")
                 .arg(QDate::currentDate().year() - 16),
             QStringLiteral("Unavailable: 2026-07-14 to 2026-07-01 ends before it starts"),
             QStringLiteral("Conflicting locations: there is no location NO-SUCH-PLACE in the programme"),
             QStringLiteral("Languages: “latvian” is not a language code such as lv or en"),
         })
        EXPECT_TRUE(lines.contains(expected)) << expected.toStdString() << "\nin\n" << problems.toStdString();
    EXPECT_EQ(shopperRows(m_project->database()), before);

    const QString taken = scalar(m_project->filePath(), QStringLiteral("SELECT min(code) FROM shopper")).toString();
    Shopper clash = sample();
    clash.code = taken;
    EXPECT_FALSE(Command::saveShopper(m_project.get(), clash, QString(), &problems));
    EXPECT_EQ(problems, QStringLiteral("Code: %1 is the code of another shopper").arg(taken));
}

TEST_F(ShopperCommandsTest, AddAndEditAreOneUndoStepEachAndExact)
{
    const QStringList start = shopperRows(m_project->database());
    QString problems;
    ASSERT_TRUE(Command::saveShopper(m_project.get(), sample(), QString(), &problems)) << problems.toStdString();
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Add shopper LV-7001"));
    auto stored = ShopperStore::load(m_project->database(), QStringLiteral("LV-7001"), &problems);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->languages, (QStringList{QStringLiteral("en"), QStringLiteral("lv")})) << "tidied";
    ASSERT_EQ(stored->unavailable.size(), 1) << "overlapping periods are joined";
    EXPECT_EQ(stored->unavailable.first().to, QDate(2027, 1, 3));
    EXPECT_EQ(stored->personal.fullName, QStringLiteral("Ilze Kalniņa"));
    const QStringList added = shopperRows(m_project->database());

    // Saving it unchanged is no step at all.
    const int steps = m_project->undoStack()->count();
    ASSERT_TRUE(Command::saveShopper(m_project.get(), *stored, QStringLiteral("LV-7001"), &problems));
    EXPECT_EQ(m_project->undoStack()->count(), steps);

    Shopper edited = *stored;
    edited.status = QStringLiteral("paused");
    edited.personal.phone = QStringLiteral("+371 2000 0000");
    edited.conflicts.first().note = QStringLiteral("Husband worked there until 2025");
    edited.conflicts << Shopper::Conflict{scalar(m_project->filePath(), QStringLiteral("SELECT min(code) FROM location")).toString(),
                                          QString(), QString()};
    ASSERT_TRUE(Command::saveShopper(m_project.get(), edited, QStringLiteral("LV-7001"), &problems)) << problems.toStdString();
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Edit shopper LV-7001"));
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT status FROM shopper WHERE code = 'LV-7001'")).toString(),
              QStringLiteral("paused"));
    const QStringList afterEdit = shopperRows(m_project->database());

    ASSERT_TRUE(m_project->undoStack()->undo(&problems));
    EXPECT_EQ(shopperRows(m_project->database()), added) << "the brand conflict keeps its row id too";
    ASSERT_TRUE(m_project->undoStack()->undo(&problems));
    EXPECT_EQ(shopperRows(m_project->database()), start);
    ASSERT_TRUE(m_project->undoStack()->redo(&problems));
    ASSERT_TRUE(m_project->undoStack()->redo(&problems));
    EXPECT_EQ(shopperRows(m_project->database()), afterEdit);
}

TEST_F(ShopperCommandsTest, DeletingAShopperWithVisitsIsRefusedWithTheReason)
{
    const QString busy = scalar(m_project->filePath(), QStringLiteral("SELECT s.code FROM shopper s WHERE EXISTS "
                                                                      "(SELECT 1 FROM visit v WHERE v.shopper_id = s.id) "
                                                                      "ORDER BY s.code LIMIT 1"))
                             .toString();
    const int visits = scalar(m_project->filePath(),
                              QStringLiteral("SELECT count(*) FROM visit WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')")
                                  .arg(busy))
                           .toInt();
    ASSERT_GT(visits, 0);
    QString error;
    EXPECT_FALSE(Command::deleteShoppers(m_project.get(), {busy}, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("%1 has %2 visit").arg(busy).arg(visits))) << error.toStdString();
    EXPECT_TRUE(error.endsWith(QStringLiteral("pause or block the shopper instead of deleting"))) << error.toStdString();
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM shopper WHERE code = '%1'").arg(busy)).toInt(), 1);
}

TEST_F(ShopperCommandsTest, DeleteAndUndoPutBackTheSameRows)
{
    // A shopper without visits but with a conflict of interest and personal data.
    const QString idle = scalar(m_project->filePath(),
                                QStringLiteral("SELECT s.code FROM shopper s WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.shopper_id = s.id) "
                                               "AND NOT EXISTS (SELECT 1 FROM visit_event e WHERE e.shopper_id = s.id) "
                                               "ORDER BY EXISTS (SELECT 1 FROM shopper_conflict c WHERE c.shopper_id = s.id) DESC, s.code LIMIT 1"))
                             .toString();
    ASSERT_FALSE(idle.isEmpty());
    const QStringList before = shopperRows(m_project->database());
    QString error;
    ASSERT_TRUE(Command::deleteShoppers(m_project.get(), {idle}, &error)) << error.toStdString();
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM shopper WHERE code = '%1'").arg(idle)).toInt(), 0);
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM shopper_personal WHERE shopper_id NOT IN (SELECT id FROM shopper)")).toInt(), 0);
    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(shopperRows(m_project->database()), before);
}

TEST_F(ShopperCommandsTest, HistoryListsAShoppersAndALocationsVisitsNewestFirst)
{
    const QString busy = scalar(m_project->filePath(), QStringLiteral("SELECT s.code FROM shopper s JOIN visit v ON v.shopper_id = s.id "
                                                                      "GROUP BY s.id ORDER BY count(*) DESC, s.code LIMIT 1"))
                             .toString();
    // Stored scores come from the scoring engine; one is put in by hand here.
    const QString scoredVisit = scalar(m_project->filePath(),
                                       QStringLiteral("SELECT max(r.id) FROM response r JOIN visit v ON v.id = r.visit_id "
                                                      "WHERE v.shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(busy))
                                    .toString();
    ASSERT_FALSE(scoredVisit.isEmpty());
    m_project.reset();
    tamper(m_folder.path(QStringLiteral("demo.shopscope")),
           QStringLiteral("INSERT OR REPLACE INTO visit_score (response_id, score, earned, possible, computed_at) "
                          "VALUES (%1, 87.5, 7, 8, '2026-11-01T10:00:00')").arg(scoredVisit));
    ProjectError opened;
    m_project = Project::open(m_folder.path(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &opened);
    ASSERT_TRUE(m_project);
    QString error;
    const auto history = VisitHistory::forShopper(m_project->database(), busy, &error);
    ASSERT_TRUE(history) << error.toStdString();
    const int visits = scalar(m_project->filePath(),
                              QStringLiteral("SELECT count(*) FROM visit WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')")
                                  .arg(busy))
                           .toInt();
    ASSERT_EQ(history->size(), visits);
    for (qsizetype i = 1; i < history->size(); ++i)
        EXPECT_GE(history->at(i - 1).date(), history->at(i).date()) << "newest first";
    for (const VisitHistory::Entry& entry : *history) {
        EXPECT_EQ(entry.shopperCode, busy);
        EXPECT_TRUE(entry.current);
        EXPECT_FALSE(entry.locationCode.isEmpty());
    }
    EXPECT_EQ(std::count_if(history->cbegin(), history->cend(), [](const VisitHistory::Entry& e) { return e.score == 87.5; }), 1);
    EXPECT_TRUE(std::any_of(history->cbegin(), history->cend(), [](const VisitHistory::Entry& e) { return e.visitedOn.isValid(); }))
        << "reported visits carry the day of the visit";
    const QString summary = VisitHistory::summary(*history);
    EXPECT_TRUE(summary.startsWith(QStringLiteral("%1 visit").arg(visits))) << summary.toStdString();
    // Every demo report has stored scores (the one put in by hand among them): the summary's
    // average is theirs.
    const double average = scalar(m_project->filePath(),
                                  QStringLiteral("SELECT avg(vs.score) FROM visit v JOIN response r ON r.visit_id = v.id "
                                                 "JOIN visit_score vs ON vs.response_id = r.id "
                                                 "WHERE v.shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(busy))
                               .toDouble();
    EXPECT_TRUE(summary.endsWith(QStringLiteral("average score %1").arg(QLocale().toString(average, 'f', 1))))
        << summary.toStdString();

    const QString location = history->first().locationCode;
    const auto atLocation = VisitHistory::forLocation(m_project->database(), location, &error);
    ASSERT_TRUE(atLocation);
    EXPECT_EQ(atLocation->size(),
              scalar(m_project->filePath(),
                     QStringLiteral("SELECT count(*) FROM visit WHERE location_id = (SELECT id FROM location WHERE code = '%1')").arg(location))
                  .toInt());
    EXPECT_FALSE(VisitHistory::forShopper(m_project->database(), QStringLiteral("NOBODY"), &error));
    EXPECT_EQ(error, QStringLiteral("there is no shopper NOBODY"));
}
