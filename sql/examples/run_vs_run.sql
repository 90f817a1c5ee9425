-- One run against another: per method, the images scored in both runs (same image id and method),
-- each run's mean PSNR, the mean change of PSNR and SSIM from the baseline run to the candidate,
-- and how many images got better or worse by more than 0.1 dB. Meaningful when both runs scored
-- the same pairs, e.g. two models on one pairs table (model_id tells them apart).
--   spark-denoise tables query --metrics <metrics dir> --var baseline_run=<run> \
--     --var candidate_run=<run> --example run_vs_run
SELECT a.method,
       count(*) AS images,
       max(a.model_id) AS baseline_model,
       max(b.model_id) AS candidate_model,
       round(avg(a.psnr_db), 3) AS baseline_psnr_db,
       round(avg(b.psnr_db), 3) AS candidate_psnr_db,
       round(avg(b.psnr_db - a.psnr_db), 3) AS psnr_change_db,
       round(avg(b.ssim_wang - a.ssim_wang), 4) AS ssim_change,
       count_if(b.psnr_db > a.psnr_db + 0.1) AS better,
       count_if(b.psnr_db < a.psnr_db - 0.1) AS worse
FROM metrics a
JOIN metrics b ON a.image_id = b.image_id AND a.method = b.method
WHERE a.run_id = '${hivevar:baseline_run}' AND b.run_id = '${hivevar:candidate_run}'
GROUP BY a.method
ORDER BY a.method;
