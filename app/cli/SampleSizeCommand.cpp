#include "SampleSizeCommand.h"

#include "planning/SampleSize.h"

#include <QJsonObject>
#include <QLocale>

namespace {
const QString optionP = QStringLiteral("p");
const QString optionMean = QStringLiteral("mean");
const QString optionSd = QStringLiteral("sd");
const QString optionN = QStringLiteral("n");
const QString optionMoe = QStringLiteral("moe");
const QString optionConfidence = QStringLiteral("confidence");
const QString optionPopulation = QStringLiteral("population");
const QString optionJson = QStringLiteral("json");
} // namespace

QString SampleSizeCommand::summary() const
{
    return tr("Margin of error of a share or a mean for n visits, or the visits needed for a target margin.");
}

void SampleSizeCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        { optionP, tr("The share measured, as a proportion from 0 to 1 (0.8 for 80 %)."), tr("P") });
    parser.addOption({ optionMean, tr("Measure a mean score instead of a share (needs --sd).") });
    parser.addOption({ optionSd, tr("The standard deviation of the score, for --mean."), tr("SD") });
    parser.addOption({ optionN, tr("The number of visits: prints the margin of error."), tr("N") });
    parser.addOption({ optionMoe,
                       tr("The target margin of error: prints the visits needed. A proportion for a share "
                          "(0.05 for ±5 points), in the score's unit for a mean."),
                       tr("M") });
    parser.addOption({ optionConfidence, tr("The confidence level: 90, 95 (the default) or 99."), tr("LEVEL"),
                       QStringLiteral("95") });
    parser.addOption({ optionPopulation,
                       tr("The number of units sampled from (locations, calls), for the finite population "
                          "correction. Without it the population counts as unlimited."),
                       tr("N") });
    parser.addOption({ optionJson, tr("Print the result as JSON.") });
}

std::optional<double> SampleSizeCommand::number(const QCommandLineParser& parser, const QString& option) const
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const double value = text.toDouble(&ok);
    if (!ok) {
        fail(tr("%1: --%2 expects a number, got “%3”").arg(name(), option, text), UsageError);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> SampleSizeCommand::wholeNumber(const QCommandLineParser& parser,
                                                     const QString& option) const
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        fail(tr("%1: --%2 expects a whole number, got “%3”").arg(name(), option, text), UsageError);
        return std::nullopt;
    }
    return value;
}

std::optional<double> SampleSizeCommand::confidence(const QCommandLineParser& parser) const
{
    QString text = parser.value(optionConfidence).trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool ok = false;
    double value = text.trimmed().toDouble(&ok);
    if (!ok) {
        fail(
            tr("%1: --confidence expects 90, 95 or 99, got “%2”").arg(name(), parser.value(optionConfidence)),
            UsageError);
        return std::nullopt;
    }
    // People write 95; the core takes 0.95.
    if (value > 1.0)
        value /= 100.0;
    if (!SampleSize::isConfidenceLevel(value)) {
        fail(
            tr("%1: --confidence must be 90, 95 or 99, not “%2”").arg(name(), parser.value(optionConfidence)),
            UsageError);
        return std::nullopt;
    }
    return value;
}

int SampleSizeCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')")
                        .arg(name(), parser.positionalArguments().first()),
                    UsageError);
    const bool mean = parser.isSet(optionMean);
    if (mean && parser.isSet(optionP))
        return fail(tr("%1: give either --p for a share or --mean --sd for a mean, not both").arg(name()),
                    UsageError);
    if (!mean && !parser.isSet(optionP))
        return fail(
            tr("%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')")
                .arg(name()),
            UsageError);
    if (mean && !parser.isSet(optionSd))
        return fail(tr("%1: --mean needs --sd, the standard deviation of the score").arg(name()), UsageError);
    if (!mean && parser.isSet(optionSd))
        return fail(tr("%1: --sd is for a mean: add --mean and leave out --p").arg(name()), UsageError);
    const bool margin = parser.isSet(optionN);
    if (margin == parser.isSet(optionMoe))
        return fail(
            margin
                ? tr("%1: give either --n (for the margin) or --moe (for the visits needed), not both")
                      .arg(name())
                : tr("%1: give --n N for the margin of error or --moe M for the visits needed").arg(name()),
            UsageError);

    const auto level = confidence(parser);
    const auto value = number(parser, mean ? optionSd : optionP); // p or sd
    if (!level || !value)
        return UsageError;
    std::optional<qint64> population;
    if (parser.isSet(optionPopulation)) {
        population = wholeNumber(parser, optionPopulation);
        if (!population)
            return UsageError;
    }
    std::optional<qint64> n;
    std::optional<double> target;
    if (margin) {
        n = wholeNumber(parser, optionN);
        if (!n)
            return UsageError;
    } else {
        target = number(parser, optionMoe);
        if (!target)
            return UsageError;
        QString error;
        n = mean ? SampleSize::requiredSizeForMean(*value, *target, *level, population, &error)
                 : SampleSize::requiredSizeForProportion(*value, *target, *level, population, &error);
        if (!n) // the core refuses only inputs out of range: the arguments are wrong
            return fail(QStringLiteral("%1: %2").arg(name(), error), UsageError);
    }
    QString error;
    const auto moe = mean ? SampleSize::meanMargin(*value, *n, *level, population, &error)
                          : SampleSize::proportionMargin(*value, *n, *level, population, &error);
    if (!moe)
        return fail(QStringLiteral("%1: %2").arg(name(), error), UsageError);
    const bool studentT = mean && SampleSize::meanUsesStudentT(*n);
    const double critical
        = (mean ? SampleSize::meanCriticalValue(*level, *n) : SampleSize::zValue(*level)).value_or(0.0);

    if (parser.isSet(optionJson)) {
        QJsonObject json {
            { QStringLiteral("measure"), mean ? QStringLiteral("mean") : QStringLiteral("proportion") },
            { mean ? QStringLiteral("sd") : QStringLiteral("p"), *value },
            { QStringLiteral("confidence"), *level },
            { QStringLiteral("population"), population ? QJsonValue(*population) : QJsonValue() },
            { QStringLiteral("distribution"), studentT ? QStringLiteral("t") : QStringLiteral("normal") },
            { QStringLiteral("critical_value"), critical },
            { QStringLiteral("margin"), *moe }
        };
        if (studentT)
            json.insert(QStringLiteral("degrees_of_freedom"), *n - 1);
        if (margin) {
            json.insert(QStringLiteral("n"), *n);
        } else {
            json.insert(QStringLiteral("target_margin"), *target);
            json.insert(QStringLiteral("n_needed"), *n);
        }
        printJson(json);
        return Success;
    }

    const QLocale locale;
    // A share's margin reads in percentage points, a mean's in the score's own unit.
    auto marginText = [&](double x, bool fixed) {
        if (mean)
            return QStringLiteral("±%1").arg(fixed ? locale.toString(x, 'f', 2) : locale.toString(x, 'g', 6));
        return tr("±%1 points")
            .arg(fixed ? locale.toString(x * 100.0, 'f', 1) : locale.toString(x * 100.0, 'g', 6));
    };
    const QString levelText = locale.toString(*level * 100.0, 'g', 3);
    QStringList details;
    details << (mean ? tr("sd = %1").arg(locale.toString(*value, 'g', 6))
                     : tr("p = %1").arg(locale.toString(*value, 'g', 6)));
    if (margin)
        details << tr("n = %1").arg(locale.toString(*n));
    if (population)
        details << tr("population %1, finite population correction").arg(locale.toString(*population));
    details
        << (studentT
                ? tr("t = %1 with %2 degrees of freedom").arg(locale.toString(critical, 'f', 3)).arg(*n - 1)
                : tr("z = %1").arg(locale.toString(critical, 'f', 3)));
    const QString detailText = details.join(QStringLiteral(", "));
    if (margin)
        print(tr("Margin of error: %1 at %2 % confidence (%3)")
                  .arg(marginText(*moe, true), levelText, detailText));
    else
        print(tr("Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)")
                  .arg(locale.toString(*n), marginText(*target, false), levelText, detailText,
                       marginText(*moe, true)));
    return Success;
}
