#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A reason to look twice at a report before approving it, with its evidence (QcChecker finds
// them). Flags never block anything: the reviewer decides.
struct QcFlag
{
    Q_DECLARE_TR_FUNCTIONS(QcFlag)

public:
    enum Kind {
        Duration,       // far shorter or longer than the scenario's expected minutes
        OutsideWave,    // visited before or after the wave's dates
        OutsideHours,   // at a time the location is closed
        Duplicate,      // answers (nearly) identical to another report
        TooClose,       // the same shopper could not have travelled between two visits in time
        AllYes,         // every yes/no standard met
        MostlyNa,       // most questions answered N/A
        MissingComment, // a comment the questionnaire requires is empty
        OutOfRange,     // a number outside the question's bounds
        KindCount
    };
    enum class Severity { Warning, Serious };

    Kind kind = Duration;
    Severity severity = Severity::Warning;
    qint64 responseId = 0;
    qint64 visitId = 0;
    QString text;          // for people, with the figures
    QJsonObject evidence;  // the same figures for machines

    static QString code(Kind kind);   // "duration", "outside_wave", …
    static QString label(Kind kind);  // translated
    static int kindOf(const QString& code); // -1 when unknown
    static QString severityCode(Severity severity) { return severity == Severity::Serious ? QStringLiteral("serious") : QStringLiteral("warning"); }
};
