import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// A fixed-size buffer that worker threads write to at disjoint indices.
///
/// `@unchecked Sendable`: the engine guarantees that no two threads touch the same element and
/// that all writes finish (`concurrentPerform` returns) before anything reads them.
final class SharedBuffer<Element>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Element>
  let count: Int
  private let mappedBytes: Int
  /// The threads that prefaulted a mapped buffer, and release its pages in parallel at the end.
  private var threads = 1

  /// Allocates `count` elements, each set to `value`.
  init(repeating value: Element, count: Int) {
    self.count = count
    mappedBytes = 0
    pointer = .allocate(capacity: max(count, 1))
    pointer.initialize(repeating: value, count: count)
  }

  /// Allocates `count` elements of a trivial type without initialising them; every element must be
  /// written before it is read (the engine writes every change of every draw).
  ///
  /// Large buffers are mapped anonymously so that ``prefault(threads:)`` can map their pages in bulk.
  init(uninitializedCount count: Int) {
    precondition(_isPOD(Element.self), "only trivial elements may start uninitialised")
    self.count = count
    let bytes = max(count, 1) * MemoryLayout<Element>.stride
    #if canImport(Glibc)
      if bytes >= 1 << 20 {
        let address = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        if let address, address != MAP_FAILED {
          pointer = address.bindMemory(to: Element.self, capacity: max(count, 1))
          mappedBytes = bytes
          return
        }
      }
    #endif
    pointer = .allocate(capacity: max(count, 1))
    mappedBytes = 0
  }

  /// Maps a mapped buffer's pages ahead of use, a slice per thread in parallel (`MADV_POPULATE_WRITE`,
  /// Linux 5.14+; a hint, failures are ignored). One page fault per 4 KiB page otherwise cost about a
  /// fifth of the standard workload's CPU time (measured with perf).
  func prefault(threads: Int) {
    #if canImport(Glibc)
      guard mappedBytes > 0 else { return }
      self.threads = max(threads, 1)
      let page = 1 << 12
      let slice = (mappedBytes / max(threads, 1) + page - 1) / page * page
      let start = Unchecked(UnsafeMutableRawPointer(pointer))
      let total = mappedBytes
      DispatchQueue.concurrentPerform(iterations: max(threads, 1)) { part in
        let offset = part * slice
        guard offset < total else { return }
        _ = madvise(start.value + offset, Swift.min(slice, total - offset), 23)  // MADV_POPULATE_WRITE
      }
    #endif
  }

  deinit {
    if mappedBytes > 0 {
      #if canImport(Glibc)
        // Freeing the pages of a large buffer costs about as much as mapping them (50 ms for the
        // 208 MB of a 1 000 000-draw run, on one thread in `munmap`): the threads that mapped them
        // free them, a slice each (`MADV_DONTNEED` runs in parallel), before the mapping goes.
        if threads > 1 {
          let page = 1 << 12
          let slice = (mappedBytes / threads + page - 1) / page * page
          let start = Unchecked(UnsafeMutableRawPointer(pointer))
          let total = mappedBytes
          DispatchQueue.concurrentPerform(iterations: threads) { part in
            let offset = part * slice
            guard offset < total else { return }
            _ = madvise(start.value + offset, Swift.min(slice, total - offset), MADV_DONTNEED)
          }
        }
        munmap(pointer, mappedBytes)
      #endif
    } else {
      pointer.deinitialize(count: count)
      pointer.deallocate()
    }
  }

  subscript(i: Int) -> Element {
    get { pointer[i] }
    set { pointer[i] = newValue }
  }

  /// A read-only view of `count` elements from `start`.
  func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: pointer + start, count: count)
  }
}
