#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

// The fields one importer knows (locations, shoppers): each with its key (the CLI's --map and the
// export's header), its label for people and the header names it is recognised by. Guesses which
// column holds which field, so every importer reads a client's header the same way.
class ImportFieldTable
{
public:
    struct Field
    {
        const char* key;
        const char* label;   // QT_TRANSLATE_NOOP'd in the importer's context; may be null
        const char* aliases; // lower-case UTF-8, '|'-separated, in the programme's languages
    };
    using Mapping = QHash<int, qsizetype>; // field -> column index

    constexpr explicit ImportFieldTable(std::span<const Field> fields)
        : m_fields(fields)
    {
    }

    int count() const { return int(m_fields.size()); }
    QString key(int field) const { return QString::fromLatin1(m_fields[size_t(field)].key); }
    const char* label(int field) const { return m_fields[size_t(field)].label; }
    QStringList keys() const;
    std::optional<int> fromKey(const QString& key) const;
    // A header cell names the first field (in table order) whose key it is or among whose aliases
    // it is, compared without case and without a required-marking '*' (so an export's header
    // always maps back); each field takes one column at most.
    Mapping guess(const QStringList& header) const;

private:
    std::span<const Field> m_fields;
};
