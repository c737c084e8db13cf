#include "fieldwork/FieldworkLists.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QFile>

#include <gtest/gtest.h>

// The fieldwork lists of a wave of the demo programme.
TEST(FieldworkLists, ListsGoToShoppersAndTheSheetHasNoPersonalData)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    ASSERT_TRUE(project);
    const qint64 wave = scalar(file, QStringLiteral("SELECT wave_id FROM visit WHERE status IN ('assigned', 'accepted') "
                                                    "GROUP BY wave_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
    QString problem;
    const auto visits = FieldworkLists::read(project->database(), wave, &problem);
    ASSERT_TRUE(visits) << problem.toStdString();
    EXPECT_EQ(qsizetype(visits->size()),
              scalar(file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status IN ('assigned', 'accepted')").arg(wave))
                  .toLongLong());
    ASSERT_FALSE(visits->empty());
    // By shopper, each list one shopper's.
    const auto lists = FieldworkLists::byShopper(*visits);
    size_t total = 0;
    for (const auto& list : lists) {
        for (const auto& visit : list)
            EXPECT_EQ(visit.shopperCode, list.front().shopperCode);
        total += list.size();
    }
    EXPECT_EQ(total, visits->size());
    // The page names the shopper, lists each visit and briefs each scenario once.
    const auto& first = lists.front();
    const QString html = FieldworkLists::shopperListHtml(first, QStringLiteral("W"), QStringLiteral("November"));
    EXPECT_TRUE(html.contains(first.front().shopperCode));
    EXPECT_TRUE(html.contains(first.front().locationName.toHtmlEscaped()));
    EXPECT_EQ(html.count(QStringLiteral("Briefing: %1").arg(first.front().scenarioCode)), 1);
    EXPECT_FALSE(first.front().script.isEmpty()) << "the demo's scenarios have scripts";

    // The agency's sheet: every visit of the wave, shopper codes only.
    const QString sheet = folder.path(QStringLiteral("sheet.csv"));
    ASSERT_TRUE(FieldworkLists::writeFieldworkSheetCsv(project->database(), wave, sheet, &problem)) << problem.toStdString();
    QFile csv(sheet);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_EQ(text.count(QStringLiteral("\r\n")) - 1,
              scalar(file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1").arg(wave)).toInt());
    EXPECT_TRUE(text.contains(first.front().shopperCode));
    ASSERT_FALSE(first.front().shopperName.isEmpty());
    EXPECT_FALSE(text.contains(first.front().shopperName)) << "no shopper's name in the sheet";
}
