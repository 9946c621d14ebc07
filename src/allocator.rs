//! The wasm's memory allocator: one free list per power-of-two size.
//!
//! Rust's allocator for wasm32-unknown-unknown is dlmalloc, about 7 KB of
//! the app's code. This one is a few hundred bytes and takes constant time:
//! every block is a power of two from 8 bytes up; blocks of one size come
//! from 64 KB pages cut into equal pieces, so each is aligned to its size;
//! a freed block goes onto its size's list for the next allocation of that
//! size. Like dlmalloc it never hands memory back (wasm cannot); unlike it,
//! it never merges neighbours, so memory freed at one size stays at that
//! size. The app allocates the same sizes over and over (DOM diffs, strings,
//! the chart), so that costs little memory.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::{self, null_mut};

/// A wasm memory page.
const PAGE: usize = 65_536;
/// Block sizes 8 << 0 up to 8 << 28 (2 GiB).
const SIZES: usize = 29;

/// The heads of the free lists; a free block holds the next one's address.
pub struct SizeClasses {
    free: UnsafeCell<[*mut u8; SIZES]>,
}

// SAFETY: the app's wasm runs on one thread, so calls never overlap.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new() -> Self {
        Self {
            free: UnsafeCell::new([null_mut(); SIZES]),
        }
    }
}

/// The size class for `layout`: blocks of `8 << class` bytes.
fn class_of(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(8);
    (size.next_power_of_two().trailing_zeros() - 3) as usize
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let class = class_of(layout);
        if class >= SIZES {
            return null_mut();
        }
        // SAFETY: single-threaded (see above), and no reference outlives this call.
        let free = unsafe { &mut *self.free.get() };
        let head = free[class];
        if !head.is_null() {
            // SAFETY: a listed block is free and holds the next one's address.
            free[class] = unsafe { *head.cast::<*mut u8>() };
            return head;
        }
        // None free: new pages, cut into blocks of this size.
        let size: usize = 8 << class;
        let pages = size.div_ceil(PAGE);
        let first_page = std::arch::wasm32::memory_grow::<0>(pages);
        if first_page == usize::MAX {
            return null_mut();
        }
        let start = (first_page * PAGE) as *mut u8;
        for i in (1..pages * PAGE / size).rev() {
            // SAFETY: inside the pages just grown, which nothing else uses.
            unsafe {
                let block = start.add(i * size);
                *block.cast::<*mut u8>() = free[class];
                free[class] = block;
            }
        }
        start
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let class = class_of(layout);
        // SAFETY: single-threaded; `ptr` is a block of this class that its
        // owner gives up, so it may hold the list's link.
        unsafe {
            let free = &mut *self.free.get();
            *ptr.cast::<*mut u8>() = free[class];
            free[class] = ptr;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` is a valid size for this alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class_of(new_layout) == class_of(layout) {
            return ptr;
        }
        // SAFETY: as for `alloc` and `dealloc`; the blocks do not overlap.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}
