#pragma once

#include "CsvReader.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// One record as the reading thread leaves it: its fields, where it was, what the reader found wrong with its
// text, and what the caller's preparation made of it.
template<typename Prepared>
struct CsvPrefetchRecord
{
    QStringList fields;
    qint64 line = 0;     // the line the record started on
    qint64 position = 0; // bytes of the file read up to its end, for a progress bar
    QString problem;     // CsvReader::problem() of the record
    bool unterminatedQuote = false;
    Prepared prepared;
};

// Reads a CSV file's records on a thread of its own, a few batches ahead of the thread that takes them, and
// prepares each there with the caller's function (an import parses its codes and dates): reading and parsing
// take the second core while the first writes to the database. The reader must not be used by anyone else
// until the prefetch is destroyed, and its device is read on the reading thread: a file or a buffer, not a socket
// or a process (their waits for data belong to the thread that owns them).
//
// The batches go back to the reading thread to be refilled, so the strings of a record are freed on the thread
// that made them: freeing on the other thread made the allocator lock its arenas, and a first attempt that
// handed records over one way only was slower than reading them in place.
template<typename Prepared>
class CsvPrefetch
{
public:
    using Record = CsvPrefetchRecord<Prepared>;
    // Runs on the reading thread for each record; must not throw for a bad row (it marks it in Prepared), and
    // may use only what no other thread changes meanwhile.
    using Prepare = std::function<void(Record&)>;

    CsvPrefetch(CsvReader& reader, Prepare prepare)
        : m_reader(reader)
        , m_prepare(std::move(prepare))
    {
        for (int i = 0; i < BatchCount; ++i) {
            m_batches.push_back(std::make_unique<Batch>());
            m_batches.back()->records.resize(BatchSize);
            m_empty.push_back(m_batches.back().get());
        }
        m_thread = std::thread([this] { readAhead(); });
    }

    ~CsvPrefetch()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    CsvPrefetch(const CsvPrefetch&) = delete;
    CsvPrefetch& operator=(const CsvPrefetch&) = delete;

    // The next record, valid until the next call; nullptr after the last. Rethrows what the reading thread
    // threw (the device failing to read).
    const Record* next()
    {
        if (m_current && m_taken < m_current->count)
            return &m_current->records[size_t(m_taken++)];
        std::unique_lock lock(m_mutex);
        if (m_current) {
            m_empty.push_back(std::exchange(m_current, nullptr));
            m_changed.notify_all();
        }
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
        if (m_full.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return nullptr;
        }
        m_current = m_full.front();
        m_full.pop_front();
        m_taken = 0;
        lock.unlock();
        m_changed.notify_all();
        if (m_current->count == 0)
            return next();
        return &m_current->records[size_t(m_taken++)];
    }

private:
    // Large enough that the two threads meet rarely, small enough that the first records come at once.
    static constexpr int BatchSize = 256;
    static constexpr int BatchCount = 4;

    struct Batch
    {
        std::vector<Record> records;
        int count = 0;
    };

    void readAhead()
    {
        for (;;) {
            Batch* batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_empty.empty() || m_stop; });
                if (m_stop)
                    return;
                batch = m_empty.front();
                m_empty.pop_front();
            }
            bool atEnd = false;
            std::exception_ptr error;
            batch->count = 0;
            try {
                while (batch->count < BatchSize) {
                    Record& r = batch->records[size_t(batch->count)];
                    if (!m_reader.readRecord(r.fields)) {
                        atEnd = true;
                        break;
                    }
                    r.line = m_reader.recordLine();
                    r.position = m_reader.position();
                    r.problem = m_reader.problem();
                    r.unterminatedQuote = m_reader.hadUnterminatedQuote();
                    m_prepare(r);
                    ++batch->count;
                    // Nothing is read past a quote left open: the rest of the file is inside it.
                    if (r.unterminatedQuote) {
                        atEnd = true;
                        break;
                    }
                }
            } catch (...) {
                error = std::current_exception();
                atEnd = true;
            }
            {
                const std::lock_guard lock(m_mutex);
                m_full.push_back(batch);
                if (atEnd) {
                    m_finished = true;
                    m_error = error;
                }
            }
            m_changed.notify_all();
            if (atEnd)
                return;
        }
    }

    CsvReader& m_reader;
    Prepare m_prepare;
    std::vector<std::unique_ptr<Batch>> m_batches;
    // Guarded by m_mutex: the batches each side may take, and how the reading ended.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch*> m_empty, m_full;
    bool m_stop = false, m_finished = false;
    std::exception_ptr m_error;
    // The taking thread's own.
    Batch* m_current = nullptr;
    int m_taken = 0;
    std::thread m_thread;
};
