#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One member of the agency's panel as the editor, the importer and the command line handle it.
// Everything but `personal` is pseudonymous: it may be used for assignment and analysis. The
// personal data is kept apart (its own table) so that it can be withheld from exports.
struct Shopper
{
    struct Personal
    {
        QString fullName;
        QString email;
        QString phone;
        QString address;
        QString postcode;
        bool isEmpty() const;
        bool operator==(const Personal&) const = default;
    };

    // Dates on which the shopper cannot do visits, both ends included.
    struct Period
    {
        QDate from;
        QDate to;
        bool operator==(const Period&) const = default;
    };

    // A declared conflict of interest: one location (by its code) or a whole brand, never both.
    struct Conflict
    {
        QString locationCode;
        QString brand;
        QString note;
        bool operator==(const Conflict&) const = default;
    };

    QString code;
    std::optional<int> birthYear;
    QString gender; // female, male or other; empty: not given
    QStringList languages; // codes such as lv, en, ru
    QStringList tags;      // free words such as has-car, customer
    QString homeCity;
    std::optional<double> latitude; // home; both coordinates or neither
    std::optional<double> longitude;
    int capacityPerWave = 4;
    int capacityPerDay = 2;
    QString status = QStringLiteral("active"); // active, paused or blocked
    std::optional<double> rating;              // 0 to 5
    QDate joinedOn;                             // null: not known
    QList<Period> unavailable;
    QList<Conflict> conflicts;
    Personal personal;

    // Trims every value, lower-cases language codes, sorts and de-duplicates the lists, sorts the
    // periods and joins those that overlap or touch: two shoppers that mean the same compare equal.
    void tidy();
    bool operator==(const Shopper&) const = default;

    // Statuses and genders in the file's words.
    static const QStringList& statuses();
    static const QStringList& genders();
};
