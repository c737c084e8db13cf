#include "CliRun.h"

#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// shopscope-cli qc, run as the real program on a copy of the demo programme.

TEST(CliQc, ListsTheWavesFlagsWithEvidenceAndRefusesAnUnknownKind)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    // A report made after the wave ended.
    const QString visit = scalar(file, QStringLiteral("SELECT min(v.id) FROM response r JOIN visit v ON v.id = r.visit_id JOIN wave w "
                                                      "ON w.id = v.wave_id WHERE w.code = 'W2026-11'")).toString();
    tamper(file, QStringLiteral("UPDATE response SET visited_on = '2026-12-02' WHERE visit_id = %1").arg(visit));

    CliResult result = runCli({QStringLiteral("qc"), file, QStringLiteral("--wave"), QStringLiteral("W2026-11"), QStringLiteral("--kind"),
                               QStringLiteral("outside_wave"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray flags = json.value(QStringLiteral("flags")).toArray();
    ASSERT_EQ(flags.size(), 1);
    const QJsonObject flag = flags.first().toObject();
    EXPECT_EQ(QString::number(flag.value(QStringLiteral("visit")).toInteger()), visit);
    EXPECT_EQ(flag.value(QStringLiteral("kind")).toString(), QStringLiteral("outside_wave"));
    EXPECT_EQ(flag.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("wave_ends")).toString(), QStringLiteral("2026-11-30"));
    EXPECT_EQ(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("outside_wave")).toInt(), 1);

    result = runCli({QStringLiteral("qc"), file, QStringLiteral("--wave"), QStringLiteral("W2026-11")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("visit %1 · outside the wave's dates: Made on").arg(visit))) << result.out.toStdString();

    result = runCli({QStringLiteral("qc"), file, QStringLiteral("--wave"), QStringLiteral("W2026-11"), QStringLiteral("--kind"), QStringLiteral("lazy")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err, QStringLiteral("shopscope-cli: qc: --kind: “lazy” is not a kind of flag (see 'shopscope-cli qc --help')\n"));
    result = runCli({QStringLiteral("qc"), file, QStringLiteral("--wave"), QStringLiteral("W1999-01")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("W1999-01"))) << result.err.toStdString();
}
