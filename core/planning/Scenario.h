#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One scenario as the editor and the command line handle it: the script a shopper plays, in
// every language of the programme, with the shopper profile it needs and what it pays.
struct Scenario
{
    struct Text
    {
        QString title;
        QString script;
        bool operator==(const Text&) const = default;
    };

    QString code;
    QString channel = QStringLiteral("visit");
    std::optional<qint64> versionId; // the questionnaire version its reports answer; none chosen yet
    double fee = 0;
    std::optional<int> expectedMinutes;
    std::optional<int> minAge;
    std::optional<int> maxAge;
    QString gender; // female, male or other; empty: any
    bool active = true;
    QMap<QString, Text> texts; // by language code; a language missing here is an untranslated one
    QStringList languages;     // the shopper must speak each
    QStringList tags;          // and carry each ("customer", "has-car")

    // Trims every value, drops empty texts, sorts and de-duplicates the requirements: two
    // scenarios that mean the same compare equal.
    void tidy();
    bool operator==(const Scenario&) const = default;
};
