#include "CliRun.h"

#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli locations list | tree | show, run as the real program on the demo programme.

namespace {
using Result = CliResult;

Result locations(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("locations")} + arguments);
}

QJsonObject json(const QStringList& arguments)
{
    const Result result = locations(arguments + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

qint64 count(const QString& file, const QString& sql)
{
    return scalar(file, sql).toLongLong();
}
} // namespace

class LocationsCliTest : public ::testing::Test
{
protected:
    TestFolder m_folder;
    QString m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
};

TEST_F(LocationsCliTest, ListFiltersAsTheWindowDoes)
{
    QJsonObject all = json({QStringLiteral("list"), m_file});
    const qint64 total = count(m_file, QStringLiteral("SELECT count(*) FROM location"));
    EXPECT_EQ(all.value(QStringLiteral("total")).toInteger(), total);
    EXPECT_EQ(all.value(QStringLiteral("matching")).toInteger(), total);
    ASSERT_EQ(all.value(QStringLiteral("locations")).toArray().size(), total);
    const QJsonObject first = all.value(QStringLiteral("locations")).toArray().first().toObject();
    EXPECT_TRUE(first.value(QStringLiteral("competitor")).isBool());
    EXPECT_TRUE(first.value(QStringLiteral("active")).isBool());
    for (const QJsonValue location : all.value(QStringLiteral("locations")).toArray())
        EXPECT_TRUE(QStringList({QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("web")})
                        .contains(location.toObject().value(QStringLiteral("channel")).toString()))
            << "codes, not words";

    const QJsonObject calls = json({QStringLiteral("list"), m_file, QStringLiteral("--channel"), QStringLiteral("call")});
    EXPECT_EQ(calls.value(QStringLiteral("matching")).toInteger(),
              count(m_file, QStringLiteral("SELECT count(*) FROM location WHERE channel = 'call'")));
    for (const QJsonValue location : calls.value(QStringLiteral("locations")).toArray())
        EXPECT_EQ(location.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("call"));

    const QJsonObject riga = json({QStringLiteral("list"), m_file, QStringLiteral("--region"), QStringLiteral("rīga"),
                                   QStringLiteral("--competitor"), QStringLiteral("no"), QStringLiteral("--active"),
                                   QStringLiteral("yes"), QStringLiteral("--search"), QStringLiteral("Nordbank")});
    const qint64 expected = count(m_file, QStringLiteral(
        "SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
        "WHERE (g.name = 'Rīga' AND g.level = 'region' OR g.parent_id = (SELECT id FROM geo_unit WHERE level = 'region' AND name = 'Rīga')) "
        "AND l.is_competitor = 0 AND l.active = 1 AND (l.name LIKE '%Nordbank%' OR l.brand LIKE '%Nordbank%')"));
    EXPECT_GT(expected, 0);
    EXPECT_EQ(riga.value(QStringLiteral("matching")).toInteger(), expected);
    for (const QJsonValue location : riga.value(QStringLiteral("locations")).toArray()) {
        EXPECT_EQ(location.toObject().value(QStringLiteral("region")).toString(), QStringLiteral("Rīga"));
        EXPECT_FALSE(location.toObject().value(QStringLiteral("competitor")).toBool());
    }

    // The text form ends with what matched of how many.
    const Result text = locations({QStringLiteral("list"), m_file, QStringLiteral("--competitor"), QStringLiteral("yes")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const qint64 competitors = count(m_file, QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 1"));
    // (The plural's English form arrives with the translations; the figures are what count.)
    EXPECT_TRUE(text.out.trimmed().section(QLatin1Char('\n'), -1).startsWith(QStringLiteral("%1 of %2 location").arg(competitors).arg(total)))
        << text.out.right(80).toStdString();
    EXPECT_EQ(text.out.count(QStringLiteral("competitor")), competitors);
}

TEST_F(LocationsCliTest, ListExplainsBadFilters)
{
    Result result = locations({QStringLiteral("list"), m_file, QStringLiteral("--competitor"), QStringLiteral("maybe")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: locations list: --competitor must be yes or no, not “maybe”\n"));
    result = locations({QStringLiteral("list"), m_file, QStringLiteral("--channel"), QStringLiteral("fax")});
    EXPECT_EQ(result.exitCode, 2);
    result = locations({QStringLiteral("list"), m_file, QStringLiteral("--region"), QStringLiteral("Atlantis")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.endsWith(QStringLiteral("there is no region “Atlantis”\n"))) << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1);
    result = locations({QStringLiteral("frobnicate"), m_file});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(LocationsCliTest, TreeCountsEveryPlace)
{
    const QJsonObject tree = json({QStringLiteral("tree"), m_file});
    const qint64 total = count(m_file, QStringLiteral("SELECT count(*) FROM location"));
    EXPECT_EQ(tree.value(QStringLiteral("locations")).toInteger(), total);
    qint64 sum = 0;
    QJsonObject latvia;
    for (const QJsonValue node : tree.value(QStringLiteral("nodes")).toArray()) {
        sum += node.toObject().value(QStringLiteral("locations")).toInteger();
        EXPECT_EQ(node.toObject().value(QStringLiteral("level")).toString(), QStringLiteral("country"));
        if (node.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Latvia"))
            latvia = node.toObject();
    }
    EXPECT_EQ(sum, total);
    ASSERT_FALSE(latvia.isEmpty());
    QJsonObject riga;
    for (const QJsonValue node : latvia.value(QStringLiteral("children")).toArray())
        if (node.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Rīga"))
            riga = node.toObject();
    EXPECT_EQ(riga.value(QStringLiteral("level")).toString(), QStringLiteral("region"));
    EXPECT_EQ(riga.value(QStringLiteral("locations")).toInteger(),
              count(m_file, QStringLiteral("SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
                                           "WHERE g.id = (SELECT id FROM geo_unit WHERE level = 'region' AND name = 'Rīga') "
                                           "OR g.parent_id = (SELECT id FROM geo_unit WHERE level = 'region' AND name = 'Rīga')")));
    EXPECT_FALSE(riga.value(QStringLiteral("children")).toArray().isEmpty()) << "Rīga's areas";

    const Result text = locations({QStringLiteral("tree"), m_file});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("\n  Rīga "))) << "regions indented under their country";
}

TEST_F(LocationsCliTest, ShowPrintsHoursAndAttributesAsImported)
{
    // Hours come in through an import (one column per weekday), attributes are in the file.
    const QString csv = m_folder.writeFile(QStringLiteral("hours.csv"),
                                           QByteArray("code,name,hours_mon,hours_sat,hours_sun\n"
                                                      "LV-777,Filiāle Sigulda,09:00-12:00;13:00-18:00,10-14,\n"));
    Result result = locations({QStringLiteral("import"), m_file, csv});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    tamper(m_file, QStringLiteral("INSERT INTO location_attribute (location_id, name, value) "
                                  "SELECT id, 'floor', '2' FROM location WHERE code = 'LV-777'"));

    const QJsonObject shown = json({QStringLiteral("show"), m_file, QStringLiteral("LV-777")});
    EXPECT_EQ(shown.value(QStringLiteral("name")).toString(), QStringLiteral("Filiāle Sigulda"));
    EXPECT_EQ(shown.value(QStringLiteral("channel")).toString(), QStringLiteral("visit"));
    EXPECT_TRUE(shown.value(QStringLiteral("latitude")).isNull());
    const QJsonObject hours = shown.value(QStringLiteral("hours")).toObject();
    const QJsonArray monday = hours.value(QStringLiteral("mon")).toArray();
    ASSERT_EQ(monday.size(), 2);
    EXPECT_EQ(monday[1].toObject().value(QStringLiteral("opens")).toString(), QStringLiteral("13:00"));
    EXPECT_EQ(monday[1].toObject().value(QStringLiteral("closes")).toString(), QStringLiteral("18:00"));
    EXPECT_EQ(hours.value(QStringLiteral("sat")).toArray().first().toObject().value(QStringLiteral("opens")).toString(),
              QStringLiteral("10:00"));
    EXPECT_TRUE(hours.value(QStringLiteral("sun")).toArray().isEmpty());
    EXPECT_EQ(shown.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("floor")).toString(), QStringLiteral("2"));

    result = locations({QStringLiteral("show"), m_file, QStringLiteral("LV-777")});
    EXPECT_TRUE(result.out.contains(QStringLiteral("Monday        09:00–12:00, 13:00–18:00"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Sunday        closed")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("floor")));

    result = locations({QStringLiteral("show"), m_file, QStringLiteral("NOPE-1")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.endsWith(QStringLiteral("there is no location NOPE-1\n"))) << result.err.toStdString();
}
