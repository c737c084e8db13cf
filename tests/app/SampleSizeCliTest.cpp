#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

// shopscope-cli samplesize, run as the real program.

namespace {
using Result = CliResult;

Result samplesize(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("samplesize")} + arguments);
}

QJsonObject json(const QStringList& arguments)
{
    const Result result = samplesize(arguments + QStringList { QStringLiteral("--json") });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList arguments;
    for (const char* argument : list)
        arguments << QString::fromUtf8(argument);
    return arguments;
}

// Bad arguments: exit 2 and one line on stderr naming the program and the problem.
void expectUsageError(std::initializer_list<const char*> arguments, const char* phrase)
{
    const Result result = samplesize(args(arguments));
    EXPECT_EQ(result.exitCode, 2) << result.out.toStdString();
    EXPECT_TRUE(result.err.startsWith(QStringLiteral("shopscope-cli: samplesize: ")))
        << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QString::fromUtf8(phrase))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}
} // namespace

TEST(SampleSizeCli, MarginOfAProportion)
{
    const Result result = samplesize(args({ "--p", "0.8", "--n", "30" }));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("±14.3 points at 95 % confidence")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("z = 1.960"))) << result.out.toStdString();

    const QJsonObject object = json(args({ "--p", "0.8", "--n", "200" }));
    EXPECT_EQ(object.value(QStringLiteral("measure")).toString(), QStringLiteral("proportion"));
    EXPECT_NEAR(object.value(QStringLiteral("margin")).toDouble(), 0.0554, 5e-4);
    EXPECT_EQ(object.value(QStringLiteral("n")).toInt(), 200);
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("confidence")).toDouble(), 0.95);
    EXPECT_TRUE(object.value(QStringLiteral("population")).isNull());

    // 99 % written three ways.
    for (const char* level : { "99", "99%", "0.99" }) {
        const QJsonObject at99 = json(args({ "--p", "0.5", "--n", "100", "--confidence", level }));
        EXPECT_NEAR(at99.value(QStringLiteral("critical_value")).toDouble(), 2.5758, 5e-5) << level;
        EXPECT_NEAR(at99.value(QStringLiteral("margin")).toDouble(), 0.12879, 5e-5) << level;
    }
}

TEST(SampleSizeCli, PopulationCorrection)
{
    const QJsonObject object = json(args({ "--p", "0.5", "--n", "278", "--population", "1000" }));
    EXPECT_NEAR(object.value(QStringLiteral("margin")).toDouble(), 0.05, 5e-4);
    EXPECT_EQ(object.value(QStringLiteral("population")).toInt(), 1000);
    const Result result = samplesize(args({ "--p", "0.5", "--n", "278", "--population", "1000" }));
    EXPECT_TRUE(result.out.contains(QStringLiteral("±5.0 points"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("population 1,000"))) << result.out.toStdString();
}

TEST(SampleSizeCli, VisitsNeededForATargetMargin)
{
    Result result = samplesize(args({ "--p", "0.5", "--moe", "0.05" }));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Visits needed: 385 for a margin of ±5 points at 95 %")))
        << result.out.toStdString();

    QJsonObject object = json(args({ "--p", "0.5", "--moe", "0.05", "--population", "500" }));
    EXPECT_EQ(object.value(QStringLiteral("n_needed")).toInt(), 218);
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("target_margin")).toDouble(), 0.05);
    EXPECT_LE(object.value(QStringLiteral("margin")).toDouble(), 0.05);

    // The example.
    object = json(args({ "--p", "0.8", "--moe", "0.05" }));
    EXPECT_EQ(object.value(QStringLiteral("n_needed")).toInt(), 246);
}

TEST(SampleSizeCli, MeanScores)
{
    Result result = samplesize(args({ "--mean", "--sd", "15", "--n", "25" }));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("±6.19 at 95 % confidence"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("t = 2.064 with 24 degrees of freedom")))
        << result.out.toStdString();

    QJsonObject object = json(args({ "--mean", "--sd", "15", "--n", "25" }));
    EXPECT_EQ(object.value(QStringLiteral("distribution")).toString(), QStringLiteral("t"));
    EXPECT_EQ(object.value(QStringLiteral("degrees_of_freedom")).toInt(), 24);
    EXPECT_NEAR(object.value(QStringLiteral("critical_value")).toDouble(), 2.0639, 5e-5);
    EXPECT_NEAR(object.value(QStringLiteral("margin")).toDouble(), 6.19, 5e-3);

    object = json(args({ "--mean", "--sd", "15", "--moe", "2" }));
    EXPECT_EQ(object.value(QStringLiteral("n_needed")).toInt(), 217);
    EXPECT_EQ(object.value(QStringLiteral("distribution")).toString(), QStringLiteral("normal"));
    EXPECT_FALSE(object.contains(QStringLiteral("degrees_of_freedom")));
}

TEST(SampleSizeCli, HelpNamesTheOptions)
{
    const Result result = samplesize(args({ "--help" }));
    EXPECT_EQ(result.exitCode, 0);
    // Qt lists one-letter options with one dash; --p and -p both work.
    for (const char* option : { "-p <P>", "--mean", "--sd <SD>", "-n <N>", "--moe <M>",
                                "--confidence <LEVEL>", "--population <N>", "--json" })
        EXPECT_TRUE(result.out.contains(QString::fromUtf8(option))) << option << "\n"
                                                                    << result.out.toStdString();
    EXPECT_EQ(samplesize(args({ "-p", "0.8", "-n", "30" })).out,
              samplesize(args({ "--p", "0.8", "--n", "30" })).out);
}

TEST(SampleSizeCli, BadArgumentsExitWithTwo)
{
    expectUsageError({ "--n", "30" }, "give --p P for a share or --mean --sd SD");
    expectUsageError({ "--p", "0.8" }, "give --n N for the margin of error or --moe M");
    expectUsageError({ "--p", "0.8", "--n", "30", "--moe", "0.05" }, "not both");
    expectUsageError({ "--p", "0.8", "--mean", "--sd", "3", "--n", "30" }, "not both");
    expectUsageError({ "--mean", "--n", "30" }, "--mean needs --sd");
    expectUsageError({ "--p", "0.8", "--sd", "3", "--n", "30" }, "--sd is for a mean");
    expectUsageError({ "--p", "eighty", "--n", "30" }, "--p expects a number, got “eighty”");
    expectUsageError({ "--p", "0.8", "--n", "3.5" }, "--n expects a whole number, got “3.5”");
    expectUsageError({ "--p", "1.2", "--n", "30" }, "between 0 and 1");
    expectUsageError({ "--p", "0.8", "--n", "0" }, "at least 1");
    expectUsageError({ "--p", "0.8", "--n", "30", "--population", "20" },
                     "cannot exceed the population (20)");
    expectUsageError({ "--p", "0.8", "--n", "30", "--confidence", "80" },
                     "--confidence must be 90, 95 or 99");
    expectUsageError({ "--p", "0.8", "--n", "30", "--confidence", "high" },
                     "--confidence expects 90, 95 or 99");
    expectUsageError({ "--p", "0.8", "--moe", "5" }, "above 0 and below 1");
    expectUsageError({ "--mean", "--sd", "15", "--n", "1" }, "at least 2 visits");
    expectUsageError({ "--p", "0.8", "--n", "30", "extra" }, "unexpected argument “extra”");
    expectUsageError({ "--p", "0.8", "--n", "30", "--colour" }, "colour");
}
