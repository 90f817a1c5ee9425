-- Gain by noise level: how much each method improves on the noisy input (its PSNR and SSIM minus
-- those of the noisy input, image by image) by noise model and noise level, in one score run.
-- The level is the noise model's main parameter in noise_params: gaussian and speckle sigma (on
-- the 0-255 scale), salt-pepper amount, poisson peak (a higher peak is less noise), scanner
-- noise; each model's levels are cut into 5 bins of equal width (one bin when the level is fixed).
--   spark-denoise tables query --metrics <metrics dir> --var run_id=<run> --example gain_by_noise_level
WITH noisy AS (
  SELECT image_id,
         noise_model,
         psnr_db AS noisy_psnr_db,
         ssim_wang AS noisy_ssim,
         CASE noise_model
           WHEN 'gaussian' THEN noise_params['sigma']
           WHEN 'speckle' THEN noise_params['sigma']
           WHEN 'salt-pepper' THEN noise_params['amount']
           WHEN 'poisson' THEN noise_params['peak']
           WHEN 'scanner' THEN noise_params['noise']
         END AS level
  FROM metrics
  WHERE run_id = '${hivevar:run_id}' AND method = 'identity'
),
binned AS (
  SELECT noisy.*,
         coalesce(least(width_bucket(level, min(level) OVER w, max(level) OVER w, 5), 5), 1)
           AS level_bin
  FROM noisy
  WINDOW w AS (PARTITION BY noise_model)
)
SELECT b.noise_model,
       b.level_bin,
       round(min(b.level), 2) AS level_from,
       round(max(b.level), 2) AS level_to,
       m.method,
       count(*) AS images,
       round(avg(m.psnr_db - b.noisy_psnr_db), 3) AS psnr_gain_db,
       round(avg(m.ssim_wang - b.noisy_ssim), 4) AS ssim_gain
FROM binned b
JOIN metrics m
  ON m.run_id = '${hivevar:run_id}' AND m.image_id = b.image_id AND m.method <> 'identity'
GROUP BY b.noise_model, b.level_bin, m.method
ORDER BY b.noise_model, b.level_bin, m.method;
