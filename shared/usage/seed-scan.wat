;; The seed lane's inner loop in WebAssembly (see seed-lane.ts, SeedLane.run).
;;
;; It reads consecutive seed lines
;;
;;   {"timestamp":"2026-10-01T08:14:38Z","user":"alice","tool":"Edit","tokens":20517}\n
;;
;; and accepts a line only when it matches, byte for byte, three patterns the
;; JavaScript side learnt from an earlier line and validated there: the head up
;; to the date, the user part and one of the tool parts. Everything that is not
;; a pattern (the time of day, the tokens, the line end) is validated here with
;; the same rules as SeedLane.scan. The first line that differs in anything
;; stops the loop; JavaScript then takes that line (learning new patterns, or
;; handing it to the general parser) and calls again. Lines are not handed
;; over one by one: the call sums them per tool (lines, tokens, first and last
;; time), since every line of one call has the same user and day. So this module decides
;; nothing the JavaScript lane would decide differently: it only makes the
;; common case (the same user, day and handful of tools, line after line)
;; cost one 8-byte comparison per 8 bytes.
;;
;; Memory (33 pages: 2 MiB and a page of slack; never grown, so views on it stay valid):
;;   [0, 25)            head pattern  {"timestamp":"YYYY-MM-DDT
;;   [64, 1024)         user pattern  ","user":"<user>","tool":"   (length in $midLen)
;;   [1024, 1280)       tool table: 32 x (offset i32, length i32) of tool patterns
;;   [1280, 1536)       32 x the first eight bytes of each tool pattern (filled by run)
;;   [2048, 4096)       tool pattern bytes  <tool>","tokens":
;;   [4096, 5120)       output: 32 x (f64 lines, f64 tokens, f64 first time, f64 last time)
;;                      per tool pattern, times in ms since the epoch
;;   [1048576, 2097152) input: the read buffer (1 MiB)
;;
;; Rebuild the embedded bytes after editing: node scripts/build-wasm.mjs

(module
  (memory (export "memory") 33)
  ;; midnight UTC (ms) of the head pattern's date; NaN while there is no pattern
  (global $headDay (export "headDay") (mut f64) (f64.const nan))
  (global $midLen (export "midLen") (mut i32) (i32.const 0))
  (global $nTools (export "nTools") (mut i32) (i32.const 0))
  ;; lines taken by the last call of run
  (global $count (export "count") (mut i32) (i32.const 0))
  ;; 1 when the last call stopped before a line only because a tool's token
  ;; sum would pass 2^53 - 1 (exact integers in f64): call again
  (global $full (export "full") (mut i32) (i32.const 0))

  ;; Reads lines from $s while each matches the patterns, is complete before
  ;; $end and its time is in [$since, $until); sums them per tool. Returns
  ;; where it stopped: the start of the first line it did not take.
  (func (export "run") (param $s i32) (param $end i32) (param $since f64) (param $until f64) (result i32)
    (local $p i32) (local $q i32) (local $n i32) (local $d0 i32) (local $d1 i32) (local $d2 i32)
    (local $d3 i32) (local $d4 i32) (local $d5 i32) (local $h i32) (local $ms i32) (local $f0 i32)
    (local $r i32) (local $entry i32) (local $tlen i32) (local $tool i32) (local $k0 i32) (local $c i32)
    (local $tokens i64) (local $time f64) (local $sum i32) (local $total f64)
    (local $head0 i64) (local $head1 i64) (local $head2 i64) (local $head3 i32) (local $word i64) (local $last i32)
    (global.set $count (i32.const 0))
    (global.set $full (i32.const 0))
    ;; zero the sums; keep the head pattern in locals
    (local.set $r (i32.const 0))
    (block $zeroed
      (loop $zero
        (br_if $zeroed (i32.ge_u (local.get $r) (global.get $nTools)))
        (local.set $sum (i32.add (i32.const 4096) (i32.shl (local.get $r) (i32.const 5))))
        (f64.store (local.get $sum) (f64.const 0))
        (f64.store offset=8 (local.get $sum) (f64.const 0))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $zero)))
;; each tool pattern's first eight bytes, side by side: the search compares
    ;; the line's next eight bytes with them before comparing a whole pattern
    (local.set $r (i32.const 0))
    (block $firsts
      (loop $first
        (br_if $firsts (i32.ge_u (local.get $r) (global.get $nTools)))
        (i64.store offset=1280 (i32.shl (local.get $r) (i32.const 3))
          (i64.load (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $r) (i32.const 3))))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $first)))
    (local.set $head0 (i64.load (i32.const 0)))
    (local.set $head1 (i64.load (i32.const 8)))
    (local.set $head2 (i64.load (i32.const 16)))
    (local.set $head3 (i32.load8_u (i32.const 24)))
    (block $stop
      (loop $line
        ;; room for the shortest line, and a head pattern
        (br_if $stop (i32.gt_u (i32.add (local.get $s) (i32.const 60)) (local.get $end)))
        (br_if $stop (f64.ne (global.get $headDay) (global.get $headDay)))
        ;; {"timestamp":"YYYY-MM-DDT
        (br_if $stop (i64.ne (i64.load (local.get $s)) (local.get $head0)))
        (br_if $stop (i64.ne (i64.load offset=8 (local.get $s)) (local.get $head1)))
        (br_if $stop (i64.ne (i64.load offset=16 (local.get $s)) (local.get $head2)))
        (br_if $stop (i32.ne (i32.load8_u offset=24 (local.get $s)) (local.get $head3)))
        ;; HH:MM:SS
        (local.set $p (i32.add (local.get $s) (i32.const 25)))
        (local.set $d0 (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (local.set $d1 (i32.sub (i32.load8_u offset=1 (local.get $p)) (i32.const 48)))
        (local.set $d2 (i32.sub (i32.load8_u offset=3 (local.get $p)) (i32.const 48)))
        (local.set $d3 (i32.sub (i32.load8_u offset=4 (local.get $p)) (i32.const 48)))
        (local.set $d4 (i32.sub (i32.load8_u offset=6 (local.get $p)) (i32.const 48)))
        (local.set $d5 (i32.sub (i32.load8_u offset=7 (local.get $p)) (i32.const 48)))
        (br_if $stop
          (i32.or
            (i32.or
              (i32.or (i32.gt_u (local.get $d0) (i32.const 2)) (i32.gt_u (local.get $d1) (i32.const 9)))
              (i32.or (i32.gt_u (local.get $d2) (i32.const 5)) (i32.gt_u (local.get $d3) (i32.const 9))))
            (i32.or (i32.gt_u (local.get $d4) (i32.const 5)) (i32.gt_u (local.get $d5) (i32.const 9)))))
        (local.set $h (i32.add (i32.mul (local.get $d0) (i32.const 10)) (local.get $d1)))
        (br_if $stop (i32.gt_u (local.get $h) (i32.const 23)))
        (br_if $stop (i32.ne (i32.load8_u offset=2 (local.get $p)) (i32.const 58)))
        (br_if $stop (i32.ne (i32.load8_u offset=5 (local.get $p)) (i32.const 58)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        ;; .f{1,3}, as milliseconds
        (local.set $ms (i32.const 0))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 46))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $f0 (local.get $p))
            (block $frac_end
              (loop $frac
                (br_if $frac_end (i32.ge_u (local.get $p) (local.get $end)))
                (br_if $frac_end (i32.ge_u (i32.sub (local.get $p) (local.get $f0)) (i32.const 3)))
                (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
                (br_if $frac_end (i32.gt_u (local.get $c) (i32.const 9)))
                (local.set $ms (i32.add (i32.mul (local.get $ms) (i32.const 10)) (local.get $c)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $frac)))
            (local.set $n (i32.sub (local.get $p) (local.get $f0)))
            (br_if $stop (i32.eqz (local.get $n)))
            (if (i32.eq (local.get $n) (i32.const 1))
              (then (local.set $ms (i32.mul (local.get $ms) (i32.const 100)))))
            (if (i32.eq (local.get $n) (i32.const 2))
              (then (local.set $ms (i32.mul (local.get $ms) (i32.const 10)))))))
        ;; Z
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 90)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        ;; ","user":"<user>","tool":" , eight bytes at a time, the last eight
        ;; overlapping the word before (the pattern is at least 18 bytes long)
        (local.set $n (global.get $midLen))
        (br_if $stop (i32.lt_u (local.get $n) (i32.const 8)))
        (br_if $stop (i32.gt_u (i32.add (local.get $p) (local.get $n)) (local.get $end)))
        (local.set $last (i32.sub (local.get $n) (i32.const 8)))
        (local.set $q (i32.const 0))
        (block $mid_tail
          (loop $mid_words
            (br_if $mid_tail (i32.ge_u (local.get $q) (local.get $last)))
            (br_if $stop
              (i64.ne (i64.load (i32.add (local.get $p) (local.get $q))) (i64.load offset=64 (local.get $q))))
            (local.set $q (i32.add (local.get $q) (i32.const 8)))
            (br $mid_words)))
        (br_if $stop
          (i64.ne (i64.load (i32.add (local.get $p) (local.get $last))) (i64.load offset=64 (local.get $last))))
        (local.set $p (i32.add (local.get $p) (local.get $n)))
        ;; <tool>","tokens": : the first tool pattern that matches (at most one
        ;; can). Its first eight bytes first; then the rest, eight bytes at a
        ;; time, the last eight overlapping (a pattern is at least 11 bytes long)
        (local.set $tool (i32.const -1))
        (br_if $stop (i32.gt_u (i32.add (local.get $p) (i32.const 8)) (local.get $end)))
        (local.set $word (i64.load (local.get $p)))
        (local.set $r (i32.const 0))
        (block $found
          (loop $tools
            (br_if $found (i32.ge_u (local.get $r) (global.get $nTools)))
            (block $next
              (br_if $next (i64.ne (local.get $word) (i64.load offset=1280 (i32.shl (local.get $r) (i32.const 3)))))
              (local.set $entry (i32.add (i32.const 1024) (i32.shl (local.get $r) (i32.const 3))))
              (local.set $tlen (i32.load offset=4 (local.get $entry)))
              (br_if $next (i32.lt_u (local.get $tlen) (i32.const 8)))
              (br_if $next (i32.gt_u (i32.add (local.get $p) (local.get $tlen)) (local.get $end)))
              (local.set $q (i32.load (local.get $entry)))
              (local.set $last (i32.sub (local.get $tlen) (i32.const 8)))
              (local.set $k0 (i32.const 8))
              (block $tool_tail
                (loop $tool_words
                  (br_if $tool_tail (i32.ge_u (local.get $k0) (local.get $last)))
                  (br_if $next
                    (i64.ne
                      (i64.load (i32.add (local.get $p) (local.get $k0)))
                      (i64.load (i32.add (local.get $q) (local.get $k0)))))
                  (local.set $k0 (i32.add (local.get $k0) (i32.const 8)))
                  (br $tool_words)))
              (br_if $next
                (i64.ne
                  (i64.load (i32.add (local.get $p) (local.get $last)))
                  (i64.load (i32.add (local.get $q) (local.get $last)))))
              (local.set $tool (local.get $r))
              (local.set $p (i32.add (local.get $p) (local.get $tlen)))
              (br $found))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $tools)))
        (br_if $stop (i32.lt_s (local.get $tool) (i32.const 0)))
        ;; the tokens: 1 to 15 digits, no leading zero
        (local.set $k0 (local.get $p))
        (local.set $tokens (i64.const 0))
        (block $digits_end
          (loop $digits
            (br_if $digits_end (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
            (br_if $digits_end (i32.gt_u (local.get $c) (i32.const 9)))
            (local.set $tokens
              (i64.add (i64.mul (local.get $tokens) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $digits)))
        (local.set $n (i32.sub (local.get $p) (local.get $k0)))
        (br_if $stop (i32.eqz (local.get $n)))
        (br_if $stop (i32.gt_u (local.get $n) (i32.const 15)))
        (br_if $stop
          (i32.and (i32.gt_u (local.get $n) (i32.const 1)) (i32.eq (i32.load8_u (local.get $k0)) (i32.const 48))))
        ;; }, then spaces, tabs or CRs, then \n
        (br_if $stop (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 125)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (block $blank_end
          (loop $blank
            (br_if $blank_end (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $p)))
            (br_if $blank_end
              (i32.and
                (i32.ne (local.get $c) (i32.const 32))
                (i32.and (i32.ne (local.get $c) (i32.const 9)) (i32.ne (local.get $c) (i32.const 13)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $blank)))
        (br_if $stop (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 10)))
        ;; the time, in the period
        (local.set $time
          (f64.add
            (global.get $headDay)
            (f64.convert_i32_u
              (i32.add
                (i32.mul
                  (i32.add
                    (i32.mul
                      (i32.add
                        (i32.mul (local.get $h) (i32.const 60))
                        (i32.add (i32.mul (local.get $d2) (i32.const 10)) (local.get $d3)))
                      (i32.const 60))
                    (i32.add (i32.mul (local.get $d4) (i32.const 10)) (local.get $d5)))
                  (i32.const 1000))
                (local.get $ms)))))
        (br_if $stop (f64.lt (local.get $time) (local.get $since)))
        (br_if $stop (f64.ge (local.get $time) (local.get $until)))
        ;; the tool's sums; a sum that would pass 2^53 - 1 ends the call first
        (local.set $sum (i32.add (i32.const 4096) (i32.shl (local.get $tool) (i32.const 5))))
        (local.set $total (f64.add (f64.load offset=8 (local.get $sum)) (f64.convert_i64_u (local.get $tokens))))
        (if (f64.gt (local.get $total) (f64.const 9007199254740991))
          (then
            (global.set $full (i32.const 1))
            (br $stop)))
        (if (f64.eq (f64.load (local.get $sum)) (f64.const 0))
          (then
            (f64.store offset=16 (local.get $sum) (local.get $time))
            (f64.store offset=24 (local.get $sum) (local.get $time))))
        (f64.store (local.get $sum) (f64.add (f64.load (local.get $sum)) (f64.const 1)))
        (f64.store offset=8 (local.get $sum) (local.get $total))
        (f64.store offset=16 (local.get $sum) (f64.min (f64.load offset=16 (local.get $sum)) (local.get $time)))
        (f64.store offset=24 (local.get $sum) (f64.max (f64.load offset=24 (local.get $sum)) (local.get $time)))
        (global.set $count (i32.add (global.get $count) (i32.const 1)))
        (local.set $s (i32.add (local.get $p) (i32.const 1)))
        (br $line)))
    (local.get $s))
)
