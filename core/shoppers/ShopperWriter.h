#pragma once

#include "ShopperStore.h"
#include "project/BulkInserter.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// Writes shoppers inside the caller's transaction: one at a time from a form, 60,000 from an
// import. The statements are prepared once and run through SQLite's C API (BulkInserter), and
// every row is written from a ShopperStore::Stored value, ids included, so that the first write,
// undo and redo all go the same way and put back the very same rows.
class ShopperWriter
{
    Q_DECLARE_TR_FUNCTIONS(ShopperWriter)

public:
    explicit ShopperWriter(sqlite3* db);
    ~ShopperWriter();
    ShopperWriter(const ShopperWriter&) = delete;
    ShopperWriter& operator=(const ShopperWriter&) = delete;

    // Makes the file hold exactly `stored`. With exists, shopper stored->id is updated in place
    // (visits hold on to it) and its personal data, languages, tags, periods and conflicts are
    // replaced. Otherwise it is inserted, under stored->id when that is set; stored->id and the
    // conflict ids the file chose are filled in.
    bool write(ShopperStore::Stored* stored, bool exists, QString* error);
    // Deletes a shopper with everything that hangs off it.
    bool remove(qint64 id, QString* error);

private:
    bool run(BulkInserter& statement, QString* error);
    std::optional<qint64> locationId(const QString& code, QString* error);

    std::unique_ptr<BulkInserter> m_insert;
    std::unique_ptr<BulkInserter> m_update;
    std::unique_ptr<BulkInserter> m_remove;
    std::unique_ptr<BulkInserter> m_insertPersonal;
    std::unique_ptr<BulkInserter> m_insertLanguage;
    std::unique_ptr<BulkInserter> m_insertTag;
    std::unique_ptr<BulkInserter> m_insertPeriod;
    std::unique_ptr<BulkInserter> m_insertConflict;
    std::vector<std::unique_ptr<BulkInserter>> m_clearChildren;
    sqlite3_stmt* m_findLocation = nullptr;
    QHash<QString, qint64> m_locations; // code -> id, as looked up
};
