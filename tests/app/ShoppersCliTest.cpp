#include "CliRun.h"

#include "support/TestProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli shoppers import | export | list | show, and locations show's visits, run as the
// real program.

namespace {
CliResult shoppers(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("shoppers")} + arguments);
}

QJsonObject json(const CliResult& result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

qint64 count(const QString& file, const QString& sql)
{
    return scalar(file, sql).toLongLong();
}

QString corpus(const char* name)
{
    return QStringLiteral(SHOPSCOPE_SHOPPER_DATA "/") + QLatin1String(name);
}
} // namespace

class ShoppersCliTest : public ::testing::Test
{
protected:
    TestFolder m_folder;
    QString m_demo = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    QString newFile()
    {
        const QString file = m_folder.path(QStringLiteral("new.shopscope"));
        EXPECT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
        return file;
    }
};

TEST_F(ShoppersCliTest, DryRunThenImportThenReimportUpdatesNothing)
{
    const QString file = newFile();
    QJsonObject dry = json(shoppers({QStringLiteral("import"), file, corpus("panel-windows1257.csv"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--json")}));
    EXPECT_EQ(dry.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1257"));
    EXPECT_EQ(dry.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    EXPECT_EQ(dry.value(QStringLiteral("new")).toInt(), 4);
    EXPECT_FALSE(dry.value(QStringLiteral("written")).toBool());
    EXPECT_EQ(dry.value(QStringLiteral("columns")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Vārds uzvārds"));
    EXPECT_TRUE(dry.value(QStringLiteral("problems")).toArray().isEmpty());
    EXPECT_EQ(count(file, QStringLiteral("SELECT count(*) FROM shopper")), 0) << "a dry run writes nothing";

    CliResult result = shoppers({QStringLiteral("import"), file, corpus("panel-windows1257.csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("4 new, 0 updated, 0 unchanged, 0 problem(s): imported"))) << result.out.toStdString();
    EXPECT_EQ(count(file, QStringLiteral("SELECT count(*) FROM shopper")), 4);
    const QJsonObject girts = json(shoppers({QStringLiteral("show"), file, QStringLiteral("LV-0201"), QStringLiteral("--json")}));
    EXPECT_EQ(girts.value(QStringLiteral("personal")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ģirts Ķēniņš"));
    EXPECT_DOUBLE_EQ(girts.value(QStringLiteral("latitude")).toDouble(), 56.9496);
    EXPECT_DOUBLE_EQ(girts.value(QStringLiteral("rating")).toDouble(), 4.7);
    EXPECT_TRUE(girts.value(QStringLiteral("visits")).toArray().isEmpty());

    const QJsonObject again = json(shoppers({QStringLiteral("import"), file, corpus("panel-windows1257.csv"), QStringLiteral("--json")}));
    EXPECT_EQ(again.value(QStringLiteral("unchanged")).toInt(), 4);
    EXPECT_EQ(again.value(QStringLiteral("new")).toInt(), 0);
    EXPECT_FALSE(again.value(QStringLiteral("written")).toBool());
    EXPECT_EQ(count(file, QStringLiteral("SELECT count(*) FROM shopper")), 4) << "updated by code, never duplicated";
}

TEST_F(ShoppersCliTest, ProblemsAreListedByLineAndColumnAndNothingIsWritten)
{
    const QString file = newFile();
    CliResult result = shoppers({QStringLiteral("import"), file, corpus("panel-problems.csv")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("panel-problems.csv: line 2, column 3 (email): “anna@” is not an e-mail address\n")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 9, column 1 (code): the code BAD-01 is already on line 2")));
    EXPECT_TRUE(result.err.endsWith(QStringLiteral("panel-problems.csv has problems; nothing was imported\n"))) << result.err.toStdString();
    EXPECT_EQ(count(file, QStringLiteral("SELECT count(*) FROM shopper")), 0);

    const QJsonObject valid = json(shoppers({QStringLiteral("import"), file, corpus("panel-problems.csv"), QStringLiteral("--valid-only"),
                                             QStringLiteral("--json")}));
    EXPECT_EQ(valid.value(QStringLiteral("new")).toInt(), 1);
    EXPECT_TRUE(valid.value(QStringLiteral("written")).toBool());
    EXPECT_EQ(valid.value(QStringLiteral("problems")).toArray().size(), 11);
    for (const QJsonValue problem : valid.value(QStringLiteral("problems")).toArray()) {
        EXPECT_GT(problem.toObject().value(QStringLiteral("line")).toInt(), 0);
        EXPECT_GT(problem.toObject().value(QStringLiteral("column")).toInt(), 0);
        EXPECT_EQ(problem.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }
    EXPECT_EQ(count(file, QStringLiteral("SELECT count(*) FROM shopper")), 1);
}

TEST_F(ShoppersCliTest, ColumnsCanBeMappedByHandAndBadArgumentsAreUsageErrors)
{
    const QString file = newFile();
    const QString csv = m_folder.writeFile(QStringLiteral("odd.csv"), QByteArray("Panel nr,Who,Grade\nX-1,Anna Bērziņa,4\n"));
    CliResult result = shoppers({QStringLiteral("import"), file, csv, QStringLiteral("--dry-run")});
    EXPECT_EQ(result.exitCode, 0) << "a dry run reports: " << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("no column is chosen for Code"))) << result.err.toStdString();
    const QJsonObject mapped = json(shoppers({QStringLiteral("import"), file, csv, QStringLiteral("--map"),
                                              QStringLiteral("code=Panel nr,name=Who,rating=Grade"), QStringLiteral("--json")}));
    EXPECT_EQ(mapped.value(QStringLiteral("new")).toInt(), 1);
    EXPECT_DOUBLE_EQ(scalar(file, QStringLiteral("SELECT rating FROM shopper WHERE code = 'X-1'")).toDouble(), 4);

    result = shoppers({QStringLiteral("import"), file, csv, QStringLiteral("--map"), QStringLiteral("shoe_size=Grade")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: shoppers import: --map shoe_size=Grade: unknown field\n"));
    result = shoppers({QStringLiteral("import"), file, csv, QStringLiteral("--delimiter"), QStringLiteral("x")});
    EXPECT_EQ(result.exitCode, 2);
    result = shoppers({QStringLiteral("list"), file, QStringLiteral("--status"), QStringLiteral("asleep")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: shoppers list: --status must be active, paused or blocked, not “asleep”\n"));
    result = shoppers({QStringLiteral("export"), file, QStringLiteral("a.csv"), QStringLiteral("-o"), QStringLiteral("b.csv")});
    EXPECT_EQ(result.exitCode, 2);
    result = shoppers({QStringLiteral("show"), file, QStringLiteral("NOBODY")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.endsWith(QStringLiteral("there is no shopper NOBODY\n"))) << result.err.toStdString();
    result = shoppers({QStringLiteral("frobnicate"), file});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(ShoppersCliTest, ExportLeavesPersonalDataOutUnlessAsked)
{
    CliResult result = shoppers({QStringLiteral("export"), m_demo});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString header = result.out.section(QStringLiteral("\r\n"), 0, 0);
    EXPECT_EQ(header, QStringLiteral("code,birth_year,gender,languages,tags,city,latitude,longitude,capacity_wave,capacity_day,"
                                     "status,rating,joined,unavailable,conflict_locations,conflict_brands"));
    EXPECT_EQ(result.out.count(QStringLiteral("\r\n")), count(m_demo, QStringLiteral("SELECT count(*) FROM shopper")) + 1);
    const QString name = scalar(m_demo, QStringLiteral("SELECT full_name FROM shopper_personal ORDER BY shopper_id LIMIT 1")).toString();
    const QString email = scalar(m_demo, QStringLiteral("SELECT email FROM shopper_personal ORDER BY shopper_id LIMIT 1")).toString();
    EXPECT_FALSE(result.out.contains(name));
    EXPECT_FALSE(result.out.contains(email));
    EXPECT_FALSE(result.out.contains(QLatin1Char('@'))) << "no e-mail address at all";

    const QString out = m_folder.path(QStringLiteral("panel.csv"));
    result = shoppers({QStringLiteral("export"), m_demo, out, QStringLiteral("--personal"), QStringLiteral("--excel")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("with personal data"))) << result.out.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "code;name;email;phone;address;postcode;")) << bytes.left(80).constData();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(name));
    EXPECT_TRUE(text.contains(QStringLiteral(";'+"))) << "phone numbers are written so that spreadsheets do not compute them";

    // The export goes back in unchanged.
    const QJsonObject again = json(shoppers({QStringLiteral("import"), m_demo, out, QStringLiteral("--json")}));
    EXPECT_EQ(again.value(QStringLiteral("unchanged")).toInt(), count(m_demo, QStringLiteral("SELECT count(*) FROM shopper")));
    EXPECT_TRUE(again.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(ShoppersCliTest, ListFiltersAsTheWindowDoes)
{
    const QJsonObject all = json(shoppers({QStringLiteral("list"), m_demo, QStringLiteral("--json")}));
    const qint64 total = count(m_demo, QStringLiteral("SELECT count(*) FROM shopper"));
    EXPECT_EQ(all.value(QStringLiteral("total")).toInteger(), total);
    EXPECT_EQ(all.value(QStringLiteral("shoppers")).toArray().size(), total);
    EXPECT_TRUE(all.value(QStringLiteral("shoppers")).toArray().first().toObject().value(QStringLiteral("languages")).isArray());

    const QJsonObject some = json(shoppers({QStringLiteral("list"), m_demo, QStringLiteral("--city"), QStringLiteral("Rīga"),
                                            QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("--tag"),
                                            QStringLiteral("customer"), QStringLiteral("--json")}));
    const qint64 expected = count(m_demo, QStringLiteral(
        "SELECT count(*) FROM shopper s WHERE s.home_city = 'Rīga' "
        "AND EXISTS (SELECT 1 FROM shopper_language x WHERE x.shopper_id = s.id AND x.language = 'ru') "
        "AND EXISTS (SELECT 1 FROM shopper_tag t WHERE t.shopper_id = s.id AND t.tag = 'customer')"));
    EXPECT_GT(expected, 0);
    EXPECT_EQ(some.value(QStringLiteral("matching")).toInteger(), expected);
    for (const QJsonValue shopper : some.value(QStringLiteral("shoppers")).toArray()) {
        EXPECT_EQ(shopper.toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Rīga"));
        EXPECT_TRUE(shopper.toObject().value(QStringLiteral("languages")).toArray().contains(QStringLiteral("ru")));
    }
    const CliResult text = shoppers({QStringLiteral("list"), m_demo, QStringLiteral("--status"), QStringLiteral("blocked")});
    ASSERT_EQ(text.exitCode, 0);
    const qint64 blocked = count(m_demo, QStringLiteral("SELECT count(*) FROM shopper WHERE status = 'blocked'"));
    EXPECT_TRUE(text.out.trimmed().section(QLatin1Char('\n'), -1).startsWith(QStringLiteral("%1 of %2 shopper").arg(blocked).arg(total)))
        << text.out.right(80).toStdString();
}

TEST_F(ShoppersCliTest, ShowAndLocationsShowListTheVisitHistory)
{
    const QString busy = scalar(m_demo, QStringLiteral("SELECT s.code FROM shopper s JOIN visit v ON v.shopper_id = s.id "
                                                       "GROUP BY s.id ORDER BY count(*) DESC, s.code LIMIT 1"))
                             .toString();
    const QJsonObject shopper = json(shoppers({QStringLiteral("show"), m_demo, busy, QStringLiteral("--json")}));
    const QJsonArray visits = shopper.value(QStringLiteral("visits")).toArray();
    EXPECT_EQ(visits.size(), count(m_demo, QStringLiteral("SELECT count(*) FROM visit WHERE shopper_id = "
                                                          "(SELECT id FROM shopper WHERE code = '%1')").arg(busy)));
    ASSERT_FALSE(visits.isEmpty());
    const QJsonObject newest = visits.first().toObject();
    EXPECT_EQ(newest.value(QStringLiteral("shopper")).toString(), busy);
    const QString location = newest.value(QStringLiteral("location")).toString();

    const CliResult text = shoppers({QStringLiteral("show"), m_demo, busy});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Visits: %1 visit").arg(visits.size()))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(location));

    const CliResult shown = runCli({QStringLiteral("locations"), QStringLiteral("show"), m_demo, location, QStringLiteral("--json")});
    const QJsonObject place = json(shown);
    const QJsonArray atLocation = place.value(QStringLiteral("visits")).toArray();
    EXPECT_EQ(atLocation.size(), count(m_demo, QStringLiteral("SELECT count(*) FROM visit WHERE location_id = "
                                                              "(SELECT id FROM location WHERE code = '%1')").arg(location)));
    EXPECT_TRUE(std::any_of(atLocation.begin(), atLocation.end(), [&](const QJsonValue& visit) {
        return visit.toObject().value(QStringLiteral("shopper")).toString() == busy;
    }));
    const CliResult locationText = runCli({QStringLiteral("locations"), QStringLiteral("show"), m_demo, location});
    EXPECT_TRUE(locationText.out.contains(busy)) << "a location's history names its shoppers by code";
}
